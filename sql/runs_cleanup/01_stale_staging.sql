-- Staged rows of runs that are no longer running (killed, or rejected and quarantined).
delete from stg_event_actors where run_id not in (select run_id from load_runs where status = 'running');
delete from stg_figures where run_id not in (select run_id from load_runs where status = 'running');
delete from stg_events where run_id not in (select run_id from load_runs where status = 'running');
delete from stg_actor_mentions where run_id not in (select run_id from load_runs where status = 'running');
delete from stg_sentences where run_id not in (select run_id from load_runs where status = 'running');
delete from stg_articles where run_id not in (select run_id from load_runs where status = 'running');
