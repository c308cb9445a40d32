insert into fact_actor_mentions by name
select * exclude (canonical_name, actor_type, country_code)
from stg_actor_mentions where run_id = $run_id;

insert into fact_events by name
select * from stg_events where run_id = $run_id;

insert into fact_figures by name
select * from stg_figures where run_id = $run_id;

insert into bridge_event_actors by name
select * exclude (run_id) from stg_event_actors where run_id = $run_id;
