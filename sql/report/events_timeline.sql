-- Events of the whole warehouse per month and type, dated by the event's own date or, when
-- the text gave none, by its article's publication date. Duplicated articles hold no facts.
with dated as (

    select
        e.event_type,
        coalesce(e.event_date, cast(a.published_at as date)) as day,
        e.event_date is not null as has_event_date
    from fact_events e
    join dim_articles a using (article_id)

),

final as (

    select
        strftime(day, '%Y-%m') as month,
        event_type,
        count(*) as events,
        count(*) filter (where has_event_date) as with_event_date
    from dated
    where day is not null
    group by all

)

select * from final order by month, event_type
