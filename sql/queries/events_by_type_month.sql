-- Events by type and month: the event's own date when the article fixes it, else the
-- article's publication date.
-- newsledger query --file sql/queries/events_by_type_month.sql
with events as (

    select e.event_type, coalesce(e.event_date, cast(d.published_at as date)) as day
    from fact_events as e
    join dim_articles as d using (article_id)

),

final as (

    select
        event_type,
        coalesce(strftime(day, '%Y-%m'), 'undated') as month,
        count(*) as events
    from events
    group by all
    order by month, event_type

)

select * from final
