delete from stg_event_actors where run_id = $run_id;
delete from stg_figures where run_id = $run_id;
delete from stg_events where run_id = $run_id;
delete from stg_actor_mentions where run_id = $run_id;
delete from stg_sentences where run_id = $run_id;
delete from stg_articles where run_id = $run_id;
