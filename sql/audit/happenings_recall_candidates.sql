-- Candidate pairs for the recall check of happenings (scripts/happenings_recall.py
-- --candidates): two scored event mentions of one type in two different articles
-- published at most $days days apart, found WITHOUT looking at the linking rule's output
-- (happening_id is not read): either they share a canonical actor and their titles share
-- a word of at least six letters (`actor`), or their titles share at least two such words
-- whatever their actors (`title`, so that pairs whose extraction gave other actors are also
-- seen). $per_type pairs per event type in a seeded hash order ($seed) of their locators;
-- a person then reads the sentences and titles and keeps the pairs that tell one real-world
-- occurrence. A locator names a mention as docs/audits/happenings_recall.csv does: the record
-- id (the part of dim_articles.source after the last '#') and the trigger's offsets in the
-- article. The order hashes locators, not event ids (which hash the dump path as typed), so
-- that any load of the same records draws the same pairs.
with events as (

    select e.event_id, e.event_type, e.article_id, e.trigger, e.event_date, e.date_precision,
           e.location, e.sentence_index, e.char_start, e.char_end,
           regexp_extract(a.source, '#([^#]*)$', 1) as record,
           regexp_extract(a.source, '#([^#]*)$', 1) || '@' || e.char_start || '-' || e.char_end
               as locator,
           cast(a.published_at as date) as published, a.title,
           list_distinct(list_filter(
               regexp_split_to_array(lower(strip_accents(coalesce(a.title, ''))), '[^a-z0-9]+'),
               lambda w: length(w) >= 6)) as title_words
    from fact_events as e
    inner join dim_articles as a using (article_id)
    where e.event_type <> 'other'

),

pairs as (

    select a.event_id as event_id_a, b.event_id as event_id_b, a.locator as locator_a,
           b.locator as locator_b, a.event_type,
           len(list_intersect(a.title_words, b.title_words)) as shared_title_words,
           exists (
               select 1 from bridge_event_actors as x
               inner join bridge_event_actors as y on y.actor_id = x.actor_id
               where x.event_id = a.event_id and y.event_id = b.event_id
           ) as share_actor
    from events as a
    inner join events as b
        on b.event_type = a.event_type and b.article_id <> a.article_id and a.locator < b.locator
       and abs(b.published - a.published) <= $days

),

kept as (

    select *, case when share_actor and shared_title_words >= 1 then 'actor' else 'title' end as found_by,
           row_number() over (partition by event_type
                              order by hash(locator_a || ' ' || locator_b || $seed)) as rank
    from pairs
    where (share_actor and shared_title_words >= 1) or shared_title_words >= 2

),

actors as (

    select b.event_id, string_agg(d.canonical_name || '/' || b.role, '; ' order by b.role, d.canonical_name) as actors
    from bridge_event_actors as b
    inner join dim_actors as d using (actor_id)
    group by b.event_id

)

select k.event_type, k.rank, k.found_by, k.shared_title_words,
       e.event_id, e.record, e.char_start, e.char_end, e.published, e.title, e.trigger,
       e.event_date, e.date_precision, e.location,
       ac.actors, s.text as sentence,
       case when e.event_id = k.event_id_a then 'a' else 'b' end as side
from kept as k
inner join events as e on e.event_id in (k.event_id_a, k.event_id_b)
inner join dim_sentences as s on s.article_id = e.article_id and s.sentence_index = e.sentence_index
left join actors as ac on ac.event_id = e.event_id
where k.rank <= $per_type
order by k.event_type, k.rank, side
