-- The latest run that recorded its quality metrics.
select q.run_id
from quality_metrics as q
join load_runs as r using (run_id)
order by r.started_at desc
limit 1
