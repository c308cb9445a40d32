-- The quality metrics of one finished run (mart: one row per metric), measured on what the run
-- published and kept in quarantine. $inputs_total, $expectations and $expectations_passed come
-- from the run itself (its summary); the rest from the warehouse.
with published as (

    select article_id, duplicate_of
    from dim_articles
    where run_id = $run_id

),

extracted as (    -- articles whose facts were extracted (a duplicate's are its original's)

    select article_id from published where duplicate_of is null

),

events as (

    select article_id, event_type from fact_events where run_id = $run_id

),

quarantined as (

    select count(distinct article_id) as articles from quarantine_articles where run_id = $run_id

),

counts as (

    select
        (select count(*) from published) as articles_loaded,
        (select count(*) from extracted) as extracted,
        (select count(*) from events) as events,
        (select count(*) from events where event_type = 'other') as events_other,
        (select count(distinct (article_id, actor_id)) from fact_actor_mentions where run_id = $run_id) as article_actors,
        (select count(*) from fact_figures where run_id = $run_id) as figures,
        (select count(*) from extracted x
          where not exists (select 1 from events e where e.article_id = x.article_id and e.event_type <> 'other'))
            as without_scored_event,
        (select articles from quarantined) as quarantined,
        (select count(*) from ingest_errors where run_id = $run_id) as ingest_errors

),

final as (

    select 'articles_loaded' as metric, articles_loaded::double as value from counts
    union all select 'events_per_article', events / nullif(extracted, 0) from counts
    union all select 'actors_per_article', article_actors / nullif(extracted, 0) from counts
    union all select 'figures_per_article', figures / nullif(extracted, 0) from counts
    union all select 'share_without_scored_event', without_scored_event / nullif(extracted, 0) from counts
    union all select 'share_events_other', events_other / nullif(events, 0) from counts
    union all select 'quarantine_share', quarantined / nullif(articles_loaded + quarantined, 0) from counts
    union all select 'ingest_errors_per_input', ingest_errors / nullif($inputs_total::double, 0) from counts
    union all select 'validation_pass_rate', $expectations_passed / nullif($expectations::double, 0) from counts

)

select metric, value from final
