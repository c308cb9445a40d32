-- A run still 'running' when a new one holds the database was killed: mark it failed and
-- drop its staged rows (the published tables never saw them).
update load_runs set status = 'failed', finished_at = coalesce(finished_at, now()),
    message = coalesce(message, 'interrupted: the process stopped before the run finished')
where status = 'running' and run_id <> $run_id;
