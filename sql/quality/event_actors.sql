with links as (

    select * from stg_event_actors where run_id = $run_id

),

events as (

    select event_id, article_id from stg_events where run_id = $run_id

),

final as (

    select
        l.event_id, e.article_id, l.actor_id, l.role,
        e.event_id is not null as event_exists,
        l.actor_id in (select actor_id from stg_actor_mentions where run_id = $run_id) as actor_exists,
        count(*) over (partition by l.event_id, l.actor_id) = 1 as pair_unique
    from links as l
    left join events as e using (event_id)

)

select * from final
