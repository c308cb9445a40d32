-- Top actors by number of articles that mention them.
-- newsledger query --file sql/queries/top_actors.sql
with mentions as (

    -- the article's reporter ("a déclaré à l'AFP": the agency its speakers address) is no
    -- actor of what the article tells
    select actor_id, article_id from fact_actor_mentions where not coalesce(reporter, false)

),

counted as (

    select
        actor_id,
        count(distinct article_id) as articles,
        count(*) as mentions
    from mentions
    group by actor_id

),

final as (

    select a.canonical_name as actor, a.actor_type, a.country_code, c.articles, c.mentions
    from counted as c
    join dim_actors as a using (actor_id)
    order by c.articles desc, c.mentions desc, actor
    limit 25

)

select * from final
