-- What happened to one actor, in order: its happenings, with the others involved
-- (--param actor=NAME, the canonical name or an alias).
-- newsledger query --file sql/queries/actor_timeline.sql --param actor="Corée du Nord"
with actor as (

    select actor_id from dim_actors
    where lower(canonical_name) = lower($actor)
       or list_contains(list_transform(aliases, lambda a: lower(a)), lower($actor))

),

final as (

    select t.event_date, t.date_precision, t.event_type, t.role, t.with_actors, t.location,
           t.quad_class, t.goldstein, t.n_reports, t.n_sources, t.happening_id
    from mart_actor_happenings as t
    inner join actor using (actor_id)
    order by t.month, t.event_date nulls last, t.n_reports desc, t.happening_id

)

select * from final
