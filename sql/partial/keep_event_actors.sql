-- The event actors of the picked articles' events go to quarantine with them.
insert into quarantine_event_actors by name
select l.*, p.failed_expectations
from stg_event_actors as l
inner join stg_events as e on e.run_id = l.run_id and e.event_id = l.event_id
inner join stg_quarantine_picks as p on p.run_id = e.run_id and p.article_id = e.article_id
where l.run_id = $run_id;
