-- Data quality over time: one row per run and metric, written by every run that reaches
-- validation (one with nothing new too), with the band of the previous runs it was compared
-- with. The metrics, the band rule and `comparable` are described in docs/quality-metrics.md.
create table if not exists quality_metrics (
    run_id       varchar not null,
    metric       varchar not null,     -- e.g. 'events_per_article' (newsledger.quality.drift.METRICS)
    value        double,               -- null when the metric does not apply (no article, nothing validated)
    comparable   boolean not null,     -- the run saw new input and retried nothing: compared, and part of later bands
    band_runs    integer not null default 0,   -- previous comparable runs with a value (at most the last 20)
    band_median  double,               -- null until 5 such runs exist
    band_low     double,
    band_high    double,
    drift        boolean not null default false,   -- value outside [band_low, band_high]
    measured_at  timestamp not null,
    primary key (run_id, metric)
);
