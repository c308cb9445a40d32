-- Pairs of actors mentioned in the same sentence, with the number of articles and sentences.
-- newsledger query --file sql/queries/actor_pairs.sql
with mentions as (

    select distinct article_id, sentence_index, actor_id from fact_actor_mentions

),

pairs as (

    select a.actor_id as actor_a, b.actor_id as actor_b, a.article_id, a.sentence_index
    from mentions as a
    join mentions as b
        on a.article_id = b.article_id
        and a.sentence_index = b.sentence_index
        and a.actor_id < b.actor_id

),

final as (

    select
        least(x.canonical_name, y.canonical_name) as actor_1,
        greatest(x.canonical_name, y.canonical_name) as actor_2,
        count(distinct p.article_id) as articles,
        count(*) as sentences
    from pairs as p
    join dim_actors as x on x.actor_id = p.actor_a
    join dim_actors as y on y.actor_id = p.actor_b
    group by all
    order by articles desc, sentences desc, actor_1, actor_2
    limit 50

)

select * from final
