-- Everything known about one actor: its mentions, events and the figures of those events.
-- newsledger query --file sql/queries/actor_profile.sql --param actor="Corée du Nord"
with actor as (

    select * from dim_actors
    where lower(canonical_name) = lower($actor) or list_contains(aliases, $actor)

),

mentions as (

    select 'mention' as kind, m.article_id, m.sentence_index, m.surface as detail, m.role as extra
    from fact_actor_mentions as m
    where m.actor_id in (select actor_id from actor)

),

events as (

    select 'event' as kind, e.article_id, e.sentence_index,
           e.event_type || ': ' || e.trigger as detail, b.role as extra
    from fact_events as e
    join bridge_event_actors as b using (event_id)
    where b.actor_id in (select actor_id from actor)

),

figures as (

    select 'figure' as kind, f.article_id, f.sentence_index,
           f.text as detail, coalesce(f.currency, f.unit) as extra
    from fact_figures as f
    join bridge_event_actors as b using (event_id)
    where b.actor_id in (select actor_id from actor)

),

final as (

    select u.kind, d.title as article, u.sentence_index, u.detail, u.extra, s.text as sentence
    from (select * from mentions union all select * from events union all select * from figures) as u
    join dim_articles as d using (article_id)
    left join dim_sentences as s using (article_id, sentence_index)
    order by article, u.sentence_index, u.kind

)

select * from final
