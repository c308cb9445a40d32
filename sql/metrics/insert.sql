insert or replace into quality_metrics
    (run_id, metric, value, comparable, band_runs, band_median, band_low, band_high, drift, measured_at)
values ($run_id, $metric, $value, $comparable, $band_runs, $band_median, $band_low, $band_high, $drift, $measured_at);
