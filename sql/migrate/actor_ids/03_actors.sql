-- One dim_actors row per new id: the name and type written by the most articles (the
-- views of sql/schema/07_actor_names.sql, as publish uses them), every other name in aliases.
create or replace temp table migrated_actors as
with old_rows as (

    select
        m.new_id as actor_id,
        min(d.canonical_name) as any_name,
        min(d.actor_type) as any_type,
        min(d.country_code) as country_code,
        flatten(list(list_concat([d.canonical_name], coalesce(d.aliases, [])))) as forms,
        min(d.first_run_id) as first_run_id,
        max(d.last_run_id) as last_run_id
    from dim_actors as d
    inner join actor_id_map as m on d.actor_id = m.old_id
    group by m.new_id

),

final as (

    select
        o.actor_id,
        coalesce(n.canonical_name, o.any_name) as canonical_name,
        coalesce(t.actor_type, o.any_type) as actor_type,
        coalesce(k.country_code, o.country_code) as country_code,
        list_sort(list_distinct(list_filter(o.forms,
            lambda f: f <> coalesce(n.canonical_name, o.any_name)))) as aliases,
        o.first_run_id,
        o.last_run_id
    from old_rows as o
    left join actor_chosen_names as n using (actor_id)
    left join actor_chosen_types as t using (actor_id)
    left join actor_chosen_countries as k using (actor_id)

)

select * from final;

delete from dim_actors;
insert into dim_actors by name select * from migrated_actors;
