-- One row per real-world actor across articles; aliases accumulate run after run.
--
-- The canonical name is the written form used by the most articles in the warehouse
-- (actor_name_forms, this run's articles included), ties broken by preferring a form with
-- diacritics ("État islamique" over "Etat islamique"), then the first in code-point order.
-- It may change when a new majority form appears: the id stays, the row is updated.

delete from actor_name_forms
where article_id in (select article_id from stg_articles where run_id = $run_id);

insert into actor_name_forms
select distinct actor_id, canonical_name, article_id, run_id
from stg_actor_mentions
where run_id = $run_id;

merge into dim_actors as d
using (
    with mentions as (

        select * from stg_actor_mentions where run_id = $run_id

    ),

    forms as (

        select actor_id, canonical_name, count(*) as articles
        from actor_name_forms
        where actor_id in (select actor_id from mentions)
        group by actor_id, canonical_name

    ),

    chosen as (

        select actor_id, canonical_name
        from forms
        qualify row_number() over (
            partition by actor_id
            order by articles desc, canonical_name <> strip_accents(canonical_name) desc, canonical_name
        ) = 1

    ),

    staged as (

        select
            actor_id,
            min(actor_type) as actor_type,
            min(country_code) as country_code,
            list(distinct surface) || list(distinct canonical_name) as forms
        from mentions
        group by actor_id

    ),

    final as (

        select
            s.actor_id,
            c.canonical_name,
            s.actor_type,
            s.country_code,
            list_sort(list_distinct(list_filter(s.forms, lambda f: f <> c.canonical_name))) as aliases
        from staged as s
        inner join chosen as c using (actor_id)

    )

    select * from final
) as s
on d.actor_id = s.actor_id
when matched then update set
    canonical_name = s.canonical_name,
    aliases = list_sort(list_distinct(list_filter(
        list_concat(coalesce(d.aliases, []), s.aliases, [d.canonical_name]),
        lambda f: f <> s.canonical_name))),
    country_code = coalesce(d.country_code, s.country_code),
    last_run_id = $run_id
when not matched then insert
    (actor_id, canonical_name, actor_type, country_code, aliases, first_run_id, last_run_id)
    values (s.actor_id, s.canonical_name, s.actor_type, s.country_code, s.aliases, $run_id, $run_id);
