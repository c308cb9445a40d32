-- The picked articles' staged rows of one table go to quarantine with the expectations they
-- failed. {table}: articles, sentences, actor_mentions, events or figures (filled in by
-- newsledger.warehouse.partial; event actors, which have no article_id, in keep_event_actors.sql).
insert into quarantine_{table} by name
select s.*, p.failed_expectations
from stg_{table} as s inner join stg_quarantine_picks as p using (run_id, article_id)
where s.run_id = $run_id;
