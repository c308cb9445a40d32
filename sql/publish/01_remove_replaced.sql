-- A changed input replaces its previous version: drop the facts of every article
-- that this run re-extracted (same article_id, new content).

delete from bridge_event_actors
where event_id in (
    select event_id from fact_events
    where article_id in (select article_id from stg_articles where run_id = $run_id)
);

delete from fact_figures
where article_id in (select article_id from stg_articles where run_id = $run_id);

delete from fact_events
where article_id in (select article_id from stg_articles where run_id = $run_id);

delete from fact_actor_mentions
where article_id in (select article_id from stg_articles where run_id = $run_id);

delete from dim_sentences
where article_id in (select article_id from stg_articles where run_id = $run_id);

delete from dim_articles
where article_id in (select article_id from stg_articles where run_id = $run_id);
