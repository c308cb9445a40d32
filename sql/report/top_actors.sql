-- Actors of the whole warehouse by the number of articles that mention them.
select
    a.canonical_name, a.actor_type, a.country_code,
    count(distinct m.article_id) as articles,
    count(*) as mentions
from fact_actor_mentions m
join dim_actors a using (actor_id)
where not coalesce(m.reporter, false)     -- the article's reporter (the agency its speakers address)
group by all
order by articles desc, mentions desc, a.canonical_name
limit 15
