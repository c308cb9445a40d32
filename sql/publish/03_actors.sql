-- One row per real-world actor across articles; aliases accumulate run after run.

merge into dim_actors as d
using (
    with mentions as (

        select * from stg_actor_mentions where run_id = $run_id

    ),

    final as (

        select
            actor_id,
            min(canonical_name) as canonical_name,
            min(actor_type) as actor_type,
            min(country_code) as country_code,
            list_sort(list_distinct(list(surface) filter (where surface <> canonical_name))) as aliases
        from mentions
        group by actor_id

    )

    select * from final
) as s
on d.actor_id = s.actor_id
when matched then update set
    aliases = list_sort(list_distinct(list_concat(coalesce(d.aliases, []), s.aliases))),
    country_code = coalesce(d.country_code, s.country_code),
    last_run_id = $run_id
when not matched then insert
    (actor_id, canonical_name, actor_type, country_code, aliases, first_run_id, last_run_id)
    values (s.actor_id, s.canonical_name, s.actor_type, s.country_code, s.aliases, $run_id, $run_id);
