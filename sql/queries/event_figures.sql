-- Quantities tied to their events: how much, of what, in which happening, who took part.
-- newsledger query --file sql/queries/event_figures.sql
with linked as (

    select * from fact_figures where event_id is not null

),

participants as (

    select b.event_id, string_agg(a.canonical_name || ' (' || b.role || ')', '; ' order by b.role, a.canonical_name) as actors
    from bridge_event_actors as b
    join dim_actors as a using (actor_id)
    group by b.event_id

),

final as (

    select
        e.event_type, e.trigger, f.text, f.value, f.value_max,
        coalesce(f.currency, f.unit) as unit, f.qualifier, p.actors, e.event_date
    from linked as f
    join fact_events as e using (event_id)
    left join participants as p using (event_id)
    order by e.event_type, f.value desc

)

select * from final
