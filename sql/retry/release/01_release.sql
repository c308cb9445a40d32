-- The quarantined batch of run $run_id leaves quarantine (it was published, or kept again
-- under the retrying run). Runs inside that run's publish or quarantine transaction.
delete from quarantine_event_actors where run_id = $run_id;
delete from quarantine_figures where run_id = $run_id;
delete from quarantine_events where run_id = $run_id;
delete from quarantine_actor_mentions where run_id = $run_id;
delete from quarantine_sentences where run_id = $run_id;
delete from quarantine_articles where run_id = $run_id;
