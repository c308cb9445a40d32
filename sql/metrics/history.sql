-- The values of each metric in the comparable runs started before $run_id, newest first,
-- at most $window per metric: what the band of $run_id is built from.
select q.metric, q.value
from quality_metrics as q
join load_runs as r using (run_id)
where q.comparable
  and q.value is not null
  and q.run_id <> $run_id
  and r.started_at < (select started_at from load_runs where run_id = $run_id)
qualify row_number() over (partition by q.metric order by r.started_at desc, q.run_id desc) <= $window
order by q.metric, r.started_at desc
