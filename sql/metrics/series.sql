-- Each metric over the last $runs runs up to $run_id (included), oldest first, with the band
-- each run was compared with: the report's drift charts.
with runs as (

    select run_id, started_at
    from load_runs
    where started_at <= (select started_at from load_runs where run_id = $run_id)
      and run_id in (select run_id from quality_metrics)
    order by started_at desc
    limit $runs

)

select q.metric, q.run_id, r.started_at, q.value, q.comparable, q.band_runs,
       q.band_median, q.band_low, q.band_high, q.drift
from quality_metrics as q
join runs as r using (run_id)
order by q.metric, r.started_at
