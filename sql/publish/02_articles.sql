insert into dim_articles by name
select * from stg_articles where run_id = $run_id;

insert into dim_sentences by name
select * exclude (run_id) from stg_sentences where run_id = $run_id;
