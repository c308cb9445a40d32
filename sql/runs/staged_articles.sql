select count(*) from stg_articles where run_id = $run_id
