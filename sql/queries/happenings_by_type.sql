-- How many real-world occurrences per event type, against the reports that tell them?
-- newsledger query --file sql/queries/happenings_by_type.sql
with events as (

    select event_type, count(*) as mentions from fact_events
    where event_type <> 'other'
    group by event_type

),

happenings as (

    select event_type, count(*) as happenings,
           count(*) filter (where n_reports >= 2) as reported_twice_or_more
    from fact_happenings
    group by event_type

),

final as (

    select e.event_type, e.mentions, coalesce(h.happenings, 0) as happenings,
           round(e.mentions / greatest(h.happenings, 1), 2) as mentions_per_happening,
           coalesce(h.reported_twice_or_more, 0) as reported_twice_or_more
    from events as e
    left join happenings as h using (event_type)
    order by e.mentions desc, e.event_type

)

select * from final
