-- The actors this batch would publish: one row per actor_id, with the articles that name it
-- (a failed row quarantines those articles). Spelling variants of one name share an
-- actor_id (keys.name_key) and are expected: publish picks the canonical form. So are two
-- types for one name: publish picks the type most articles give (not a failure).
with mentions as (

    select * from stg_actor_mentions where run_id = $run_id

),

staged as (

    select
        actor_id,
        min(canonical_name) as canonical_name,
        min(actor_type) as actor_type,
        min(country_code) as country_code,
        list_sort(list(distinct article_id)) as article_ids
    from mentions
    group by actor_id

),

final as (

    select * from staged

)

select * from final
