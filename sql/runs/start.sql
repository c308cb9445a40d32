insert into load_runs (run_id, flow_run_id, started_at, status, pid, host)
values ($run_id, $flow_run_id, $started_at, 'running', $pid, $host);
