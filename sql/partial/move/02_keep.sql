-- The picked articles' staged rows go to quarantine with the expectations they failed.
insert into quarantine_articles by name
select s.*, p.failed_expectations
from stg_articles as s inner join stg_quarantine_picks as p using (run_id, article_id)
where s.run_id = $run_id;
insert into quarantine_sentences by name
select s.*, p.failed_expectations
from stg_sentences as s inner join stg_quarantine_picks as p using (run_id, article_id)
where s.run_id = $run_id;
insert into quarantine_actor_mentions by name
select s.*, p.failed_expectations
from stg_actor_mentions as s inner join stg_quarantine_picks as p using (run_id, article_id)
where s.run_id = $run_id;
insert into quarantine_events by name
select s.*, p.failed_expectations
from stg_events as s inner join stg_quarantine_picks as p using (run_id, article_id)
where s.run_id = $run_id;
insert into quarantine_figures by name
select s.*, p.failed_expectations
from stg_figures as s inner join stg_quarantine_picks as p using (run_id, article_id)
where s.run_id = $run_id;
insert into quarantine_event_actors by name
select l.*, p.failed_expectations
from stg_event_actors as l
inner join stg_events as e on e.run_id = l.run_id and e.event_id = l.event_id
inner join stg_quarantine_picks as p on p.run_id = e.run_id and p.article_id = e.article_id
where l.run_id = $run_id;
