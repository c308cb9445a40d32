-- Every scored published event (event_type <> 'other') and whether it belongs to a published
-- happening; checked in the publish transaction, after linking (expectations/published/).
with events as (

    select event_id, article_id, event_type, happening_id from fact_events
    where event_type <> 'other'

),

final as (

    select
        e.event_id, e.article_id, e.event_type, e.happening_id,
        e.happening_id is not null and h.happening_id is not null as has_happening,
        h.happening_id is null or h.event_type = e.event_type as type_agrees
    from events as e
    left join fact_happenings as h using (happening_id)

)

select * from final
