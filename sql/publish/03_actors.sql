-- One row per real-world actor across articles; aliases accumulate run after run.
--
-- The canonical name, the type and the state are those written by the most articles in the warehouse
-- (actor_name_forms, this run's articles included; the rules and their ties are the views
-- actor_chosen_names, actor_chosen_types and actor_chosen_countries, sql/schema/07_actor_names.sql). An article
-- gives a name the type of most of its mentions. Both may change when a new majority
-- appears: the id stays, the row is updated. A name typed two ways is one actor (the id
-- does not include the type); each such actor the run touches is logged in
-- actor_type_conflicts with the articles that gave each type.

delete from actor_name_forms
where article_id in (select article_id from stg_articles where run_id = $run_id);

insert into actor_name_forms (actor_id, canonical_name, article_id, run_id, actor_type, country_code)
with named as (

    select actor_id, canonical_name, article_id, run_id, actor_type
    from (
        select actor_id, canonical_name, article_id, run_id, actor_type, count(*) as mentions
        from stg_actor_mentions
        where run_id = $run_id
        group by all
    )
    qualify row_number() over (
        partition by actor_id, canonical_name, article_id order by mentions desc, actor_type
    ) = 1

),

countries as (

    -- the state the article ties the actor to most often
    select actor_id, article_id, country_code
    from (
        select actor_id, article_id, country_code, count(*) as mentions
        from stg_actor_mentions
        where run_id = $run_id and country_code is not null
        group by all
    )
    qualify row_number() over (
        partition by actor_id, article_id order by mentions desc, country_code
    ) = 1

)

select n.actor_id, n.canonical_name, n.article_id, n.run_id, n.actor_type, c.country_code
from named as n
left join countries as c using (actor_id, article_id);

merge into dim_actors as d
using (
    with mentions as (

        select * from stg_actor_mentions where run_id = $run_id

    ),

    chosen as (

        select n.actor_id, n.canonical_name, t.actor_type, k.country_code
        from actor_chosen_names as n
        inner join actor_chosen_types as t using (actor_id)
        left join actor_chosen_countries as k using (actor_id)
        where n.actor_id in (select actor_id from mentions)

    ),

    staged as (

        select
            actor_id,
            list(distinct surface) || list(distinct canonical_name) as forms
        from mentions
        group by actor_id

    ),

    final as (

        select
            s.actor_id,
            c.canonical_name,
            c.actor_type,
            c.country_code,
            list_sort(list_distinct(list_filter(s.forms, lambda f: f <> c.canonical_name))) as aliases
        from staged as s
        inner join chosen as c using (actor_id)

    )

    select * from final
) as s
on d.actor_id = s.actor_id
when matched then update set
    canonical_name = s.canonical_name,
    actor_type = s.actor_type,
    aliases = list_sort(list_distinct(list_filter(
        list_concat(coalesce(d.aliases, []), s.aliases, [d.canonical_name]),
        lambda f: f <> s.canonical_name))),
    country_code = coalesce(s.country_code, d.country_code),
    last_run_id = $run_id
when not matched then insert
    (actor_id, canonical_name, actor_type, country_code, aliases, first_run_id, last_run_id)
    values (s.actor_id, s.canonical_name, s.actor_type, s.country_code, s.aliases, $run_id, $run_id);

insert or replace into actor_type_conflicts
select $run_id, t.actor_id, d.canonical_name, t.actor_type, t.articles_by_type
from actor_chosen_types as t
inner join dim_actors as d using (actor_id)
where t.types > 1
  and t.actor_id in (select actor_id from stg_actor_mentions where run_id = $run_id);
