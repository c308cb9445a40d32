-- mart_actor_happenings: an actor's timeline, one row per happening it takes part in.
create or replace view mart_actor_happenings as
with actors as (

    select * from base_happening_actors

),

others as (

    select a.happening_id, a.actor_id,
           string_agg(o.canonical_name, ', ' order by o.canonical_name) as with_actors
    from actors as a
    inner join actors as o on o.happening_id = a.happening_id and o.actor_id <> a.actor_id
    group by a.happening_id, a.actor_id

),

final as (

    select
        a.actor_id, a.canonical_name, a.actor_type, a.happening_id, a.event_date,
        a.date_precision, a.month, a.event_type, a.role, o.with_actors, a.location,
        a.quad_class, a.goldstein, a.n_reports, a.n_articles, a.n_sources
    from actors as a
    left join others as o using (happening_id, actor_id)

)

select * from final;
