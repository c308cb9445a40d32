-- Articles this run published (new or changed), with what was extracted from each.
with articles as (

    select article_id, title, source, source_kind, published_at, duplicate_of
    from dim_articles
    where run_id = $run_id

),

mentions as (

    select article_id, count(*) as mentions from fact_actor_mentions group by all

),

events as (

    select article_id, count(*) as events from fact_events group by all

),

figures as (

    select article_id, count(*) as figures from fact_figures group by all

),

final as (

    select
        a.title, a.source, a.source_kind, a.published_at, a.duplicate_of,
        coalesce(m.mentions, 0) as mentions,
        coalesce(e.events, 0) as events,
        coalesce(f.figures, 0) as figures
    from articles a
    left join mentions m using (article_id)
    left join events e using (article_id)
    left join figures f using (article_id)

)

select * from final order by duplicate_of is not null, source
