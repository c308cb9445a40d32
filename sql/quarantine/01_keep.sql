-- A rejected batch: keep its staged rows with the failed expectations, then clear staging.
insert into quarantine_articles by name
select *, $failed as failed_expectations from stg_articles where run_id = $run_id;
insert into quarantine_sentences by name
select *, $failed as failed_expectations from stg_sentences where run_id = $run_id;
insert into quarantine_actor_mentions by name
select *, $failed as failed_expectations from stg_actor_mentions where run_id = $run_id;
insert into quarantine_events by name
select *, $failed as failed_expectations from stg_events where run_id = $run_id;
insert into quarantine_figures by name
select *, $failed as failed_expectations from stg_figures where run_id = $run_id;
insert into quarantine_event_actors by name
select *, $failed as failed_expectations from stg_event_actors where run_id = $run_id;
