-- Recent runs (newsledger status). Lines marked `-- quality_metrics` are left out on a
-- warehouse no run has opened since quality_metrics exists (it has no such table yet).
select
    run_id, status, started_at,
    round(epoch(finished_at) - epoch(started_at), 1) as seconds,
    inputs_new as new, inputs_changed as changed, inputs_skipped as skipped,
    inputs_duplicate as dup, inputs_rejected as rejected,
    articles_published as articles, articles_quarantined as quarantined,
    mentions_published as mentions,
    figures_published as figures, events_published as events,
    expectations_failed as failed_checks,
    (select string_agg(q.metric, ', ' order by q.metric) from quality_metrics as q  -- quality_metrics
      where q.run_id = load_runs.run_id and q.drift) as drift,                      -- quality_metrics
    message as note
from load_runs
order by started_at desc
limit $limit
