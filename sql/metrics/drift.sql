-- The metrics of $run_id outside their band (newsledger status, the run summary).
select run_id, metric, value, band_low, band_high, band_median, band_runs
from quality_metrics
where run_id = $run_id and drift
order by metric
