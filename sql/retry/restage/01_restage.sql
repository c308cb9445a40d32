-- Copy a quarantined batch back into staging under the retrying run. The quarantine rows
-- stay until that run publishes them or quarantines them again (sql/retry/release/).
insert into stg_articles by name
select * exclude (failed_expectations) replace ($new_run_id as run_id)
from quarantine_articles where run_id = $run_id;

insert into stg_sentences by name
select * exclude (failed_expectations) replace ($new_run_id as run_id)
from quarantine_sentences where run_id = $run_id;

insert into stg_actor_mentions by name
select * exclude (failed_expectations) replace ($new_run_id as run_id)
from quarantine_actor_mentions where run_id = $run_id;

insert into stg_events by name
select * exclude (failed_expectations) replace ($new_run_id as run_id)
from quarantine_events where run_id = $run_id;

insert into stg_figures by name
select * exclude (failed_expectations) replace ($new_run_id as run_id)
from quarantine_figures where run_id = $run_id;

insert into stg_event_actors by name
select * exclude (failed_expectations) replace ($new_run_id as run_id)
from quarantine_event_actors where run_id = $run_id;
