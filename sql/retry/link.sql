update load_runs set retry_of = $retry_of where run_id = $run_id;
