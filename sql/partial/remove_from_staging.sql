-- ... and leave staging, so that publish takes the rest of the batch.
delete from stg_event_actors
where run_id = $run_id
  and event_id in (select e.event_id from stg_events as e
                   inner join stg_quarantine_picks as p using (run_id, article_id)
                   where e.run_id = $run_id);
delete from stg_figures
where run_id = $run_id and article_id in (select article_id from stg_quarantine_picks where run_id = $run_id);
delete from stg_events
where run_id = $run_id and article_id in (select article_id from stg_quarantine_picks where run_id = $run_id);
delete from stg_actor_mentions
where run_id = $run_id and article_id in (select article_id from stg_quarantine_picks where run_id = $run_id);
delete from stg_sentences
where run_id = $run_id and article_id in (select article_id from stg_quarantine_picks where run_id = $run_id);
delete from stg_articles
where run_id = $run_id and article_id in (select article_id from stg_quarantine_picks where run_id = $run_id);
delete from stg_quarantine_picks where run_id = $run_id;
