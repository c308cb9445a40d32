-- The recall check of happenings (scripts/happenings_recall.py): for each hand-found pair of
-- event mentions that tell one occurrence ($event_id_a, $event_id_b: two lists of the same
-- length, from docs/audits/happenings_recall.csv), whether the linking put them in the same
-- happening, with what the rule (sql/happenings/rule.sql) looks at, to tell why a pair was
-- kept apart: kinds and triggers, dates and publication days, places, actors shared and
-- their roles, and the share of words the two sentences have in common.
with pairs as (

    select unnest($event_id_a) as event_id_a, unnest($event_id_b) as event_id_b

),

events as (

    select e.event_id, e.article_id, e.event_type, e.statement_kind, e.trigger, e.happening_id,
           e.event_date, e.date_precision, e.location,
           cast(coalesce(a.published_at, a.ingested_at) as date) as published,
           list_distinct(regexp_split_to_array(lower(strip_accents(s.text)), '[^a-z0-9]+')) as words
    from fact_events as e
    inner join dim_articles as a using (article_id)
    inner join dim_sentences as s using (article_id, sentence_index)
    where e.event_id in (select event_id_a from pairs union select event_id_b from pairs)

),

roles as (

    select event_id,
           list(actor_id) as actors,
           list(actor_id) filter (where role = 'source') as sources,
           list(actor_id) filter (where role = 'target') as targets
    from bridge_event_actors
    where event_id in (select event_id from events)
    group by event_id

),

final as (

    select
        p.event_id_a, p.event_id_b, a.event_type,
        a.happening_id is not null and a.happening_id = b.happening_id as linked,
        a.happening_id as happening_a, b.happening_id as happening_b,
        coalesce(a.statement_kind, '') as kind_a, coalesce(b.statement_kind, '') as kind_b,
        a.trigger as trigger_a, b.trigger as trigger_b,
        a.event_date as date_a, a.date_precision as precision_a,
        b.event_date as date_b, b.date_precision as precision_b,
        a.published as published_a, b.published as published_b,
        a.location as location_a, b.location as location_b,
        coalesce(len(list_intersect(ra.actors, rb.actors)), 0) as shared_actors,
        len(list_distinct(list_concat(coalesce(ra.actors, []), coalesce(rb.actors, [])))) as all_actors,
        least(len(list_distinct(coalesce(ra.actors, []))), len(list_distinct(coalesce(rb.actors, []))))
            as fewer_actors,
        coalesce(len(ra.sources), 0) = 0 or coalesce(len(rb.sources), 0) = 0
            or list_has_any(ra.sources, rb.sources) as sources_agree,
        coalesce(len(ra.targets), 0) = 0 or coalesce(len(rb.targets), 0) = 0
            or list_has_any(ra.targets, rb.targets) as targets_agree,
        round(len(list_intersect(a.words, b.words))
              / greatest(len(list_distinct(list_concat(a.words, b.words))), 1), 2) as sentence_overlap
    from pairs as p
    inner join events as a on a.event_id = p.event_id_a
    inner join events as b on b.event_id = p.event_id_b
    left join roles as ra on ra.event_id = p.event_id_a
    left join roles as rb on rb.event_id = p.event_id_b

)

select * from final
order by event_type, event_id_a, event_id_b
