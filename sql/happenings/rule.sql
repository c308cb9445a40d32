-- THE LINKING RULE of happenings, with its parameters (the `params` CTE): the one place
-- that says when two event mentions report the same real-world occurrence.
--
-- Two scored events (event_type <> 'other') are linked when all of these hold:
--   1. same event_type, different articles (the extraction already keeps one event per
--      distinct happening of an article); for statements the same statement_kind; for the
--      generic types (`stem_types`: statements, meetings) the same trigger stem too: the
--      first `trigger_stem_chars` letters of the trigger's first word after subject pronouns,
--      auxiliaries, adverbs and clitics ("a dénoncé" and "dénoncent" agree, "a menacé" not;
--      "Il s'est ensuite rendu" and "s'est rendu" agree; "sommet historique" and "sommets"
--      agree, "réunion" not). The words dropped are closed classes of French (pronouns,
--      auxiliary forms, clitics), so a list is exact for them;
--   2. they share actors (canonical actor_id): at least `min_shared_actors` in common, or
--      one in common when that is at least `min_actor_share` of the actors of the report
--      that names fewer (|A & B| / min(|A|, |B|)): one report names the main actor, another
--      the whole scene around it, and the smaller set is contained in the larger; and their
--      actors do not contradict each other: when both give sources, the sources share an
--      actor; the same for targets ("A condemns B" and "B condemns A" stay apart);
--   3. their dates are compatible: each event spans an interval, its day (date_precision
--      'day'), its month ('month'), its year ('year'), or, undated, the
--      `published_lookback_days` days up to its article's publication (the publication
--      date stands in for the event's); two intervals must overlap within
--      `tolerance_days` (a day either side for time zones and late dispatches);
--   4. their locations are compatible: either is missing, or both are the same once case
--      and accents are folded;
--   5. their sentences say the same thing: the rarity-weighted share of the salient words
--      they have in common (sum of the weights of the common words / sum of the weights of
--      all their words; a word is salient from `min_word_chars` letters or digits, and
--      weighs ln((1 + scored events) / scored events whose sentence has it), so names,
--      numbers and uncommon words count, "les" or "president" hardly) is at least
--      `min_sentence_overlap`, or `min_dated_sentence_overlap` when both are dated to the
--      same day or a day apart (the date is strong evidence, but a day and one actor alone
--      are not: one actor's two different deeds of a day seldom share a rare word). A
--      publication date and common actors are weak evidence: an undated "entretien" of one
--      president and another a day later are not one occurrence. The weights are those of
--      the warehouse when the events are linked; a published happening is not relinked,
--      so later articles never change it (a rerun changes nothing).
-- Events without actors are never linked (each is its own happening). Happenings are the
-- clusters of the links (newsledger.warehouse.linking), taken strongest first (most shared
-- actors, closest dates), by average linkage: two groups of reports join when at least
-- `min_link_share` of the pairs between them are links (a new report joins a happening
-- linked to at least that share of its reports; a report linked to two small happenings
-- bridges them and they merge), and when the dates of the joined reports (their day, or
-- undated, their publication day; a month or year is not a point) span at most
-- `max_span_days`. Single linkage would chain a month of statements by one president.
--
-- This query returns the links of one event type ($event_type: links never cross types)
-- that concern an event not yet linked (happening_id null): each pair once, with the
-- happening of the other event when it has one. It runs once per type inside the publish
-- transaction, whose new rows are held in memory: all types at once ran out of DuckDB's
-- memory bound on the whole corpus (11,929 articles in one run), one type at a time does not.

with params as (

    select
        1 as tolerance_days,            -- slack when comparing two date intervals
        0 as published_lookback_days,   -- an undated event happened within these days before publication
        2 as min_shared_actors,         -- this many common actors link whatever else the events name
        0.5 as min_actor_share,         -- else one common actor must be this share of the smaller actor set
        3 as max_span_days,             -- the dates of one happening's reports span at most this
        0.5 as min_link_share,          -- share of the report pairs of two groups that must be links to join them
        0.2 as min_sentence_overlap,    -- rarity-weighted share of salient words two sentences have in common (rule 5)
        0.05 as min_dated_sentence_overlap,  -- the same when both are dated to the day (rule 5)
        3 as min_word_chars,            -- shortest salient word (rule 5)
        5 as trigger_stem_chars,        -- letters of the trigger stem that must agree ...
        ['statement', 'meeting'] as stem_types  -- ... for these event types

),

events as (

    select
        e.event_id,
        e.event_type,
        e.article_id,
        coalesce(e.statement_kind, '') || case
            when list_contains(p.stem_types, e.event_type) then ':' || left(regexp_extract(
                regexp_replace(lower(strip_accents(e.trigger)),
                    '^(((il|elle|ils|elles|on|je|tu|nous|vous|me|te|lui|leur|y|en|a|ai|as|avons|avez|ont|avait|avaient|aurait|auraient|aura|auront|est|es|suis|sommes|etes|sont|etait|etaient|etant|ete|sera|seront|serait|seraient|avoir|etre|va|vont|allait|se|ne|de|aussi|egalement|deja|encore|notamment|pourtant|toujours|meme|bien|alors|ensuite|ainsi|pas)\s+)|([sldnjmt]['' ]))+', ''),
                '[a-z]+'), p.trigger_stem_chars)
            else ''
        end as kind,
        e.happening_id,
        nullif(lower(strip_accents(trim(e.location))), '') as place,
        case
            when e.date_precision in ('day', 'month', 'year') and e.event_date is not null then e.event_date
            else cast(coalesce(a.published_at, a.ingested_at) as date) - p.published_lookback_days
        end as lo,
        case
            when e.date_precision = 'day' and e.event_date is not null then e.event_date
            when e.date_precision = 'month' and e.event_date is not null then last_day(e.event_date)
            when e.date_precision = 'year' and e.event_date is not null
                then cast(date_trunc('year', e.event_date) + interval 1 year - interval 1 day as date)
            else cast(coalesce(a.published_at, a.ingested_at) as date)
        end as hi,
        case
            when e.date_precision = 'day' and e.event_date is not null then e.event_date
            when e.date_precision in ('month', 'year') and e.event_date is not null then null
            else cast(coalesce(a.published_at, a.ingested_at) as date)
        end as point,
        e.date_precision = 'day' and e.event_date is not null as day_dated
    from fact_events as e
    inner join dim_articles as a using (article_id)
    cross join params as p
    where e.event_type <> 'other' and e.event_type = $event_type

),

roles as (

    select
        event_id,
        list(actor_id) as actors,
        list(actor_id) filter (where role = 'source') as sources,
        list(actor_id) filter (where role = 'target') as targets
    from bridge_event_actors
    group by event_id

),

spans as (

    select happening_id, min(point) as first_point, max(point) as last_point, count(*) as reports
    from events
    where happening_id is not null
    group by happening_id

),

event_actors as (

    -- one row per (scored event, actor): the candidates join on actor, type and kind at once,
    -- so that a frequent actor (a country in thousands of events) pairs only events of one
    -- type and kind (the join on the actor alone made the whole corpus run out of memory)
    select b.actor_id, e.*
    from bridge_event_actors as b
    inner join events as e using (event_id)

),

candidates as (

    select distinct
        f.event_id as event_a, o.event_id as event_b, o.happening_id as happening_b,
        f.point as point_a, o.point as point_b,
        f.day_dated and o.day_dated as both_day_dated
    from event_actors as f
    inner join event_actors as o
        on o.actor_id = f.actor_id and o.event_type = f.event_type and o.kind = f.kind
    cross join params as p
    where f.happening_id is null
      and o.article_id <> f.article_id
      and o.lo <= f.hi + p.tolerance_days
      and f.lo <= o.hi + p.tolerance_days
      and (f.place is null or o.place is null or f.place = o.place)
      and (o.happening_id is not null or f.event_id < o.event_id)

),

words as (

    -- the salient words of the sentence of every scored event (rule 5): its distinct folded
    -- words of `min_word_chars` letters or digits or more, each weighted by its rarity among
    -- the sentences of the warehouse's scored events (ln((1 + events) / events whose sentence
    -- has it), never 0, so that two identical sentences always agree): a name, a number or an
    -- uncommon word weighs much, "les", "pour" or "president" little
    select distinct e.event_id, w.word
    from fact_events as e
    inner join dim_sentences as s using (article_id, sentence_index)
    cross join params as p
    cross join unnest(regexp_split_to_array(lower(strip_accents(s.text)), '[^a-z0-9]+')) as w(word)
    where e.event_type <> 'other' and length(w.word) >= p.min_word_chars

),

rarity as (

    select word, ln((1 + (select count(distinct event_id) from words)) / count(*)) as weight
    from words
    group by word

),

weighted as (

    select w.event_id, w.word, r.weight
    from words as w
    inner join rarity as r using (word)
    where w.event_id in (select event_a from candidates union select event_b from candidates)

),

sentence_weights as (

    select event_id, sum(weight) as total from weighted group by event_id

),

pair_weights as (

    select c.event_a, c.event_b, sum(wa.weight) as common
    from candidates as c
    inner join weighted as wa on wa.event_id = c.event_a
    inner join weighted as wb on wb.event_id = c.event_b and wb.word = wa.word
    group by c.event_a, c.event_b

),

shared as (

    select
        c.*,
        coalesce(pw.common, 0)
            / greatest(coalesce(ta.total, 0) + coalesce(tb.total, 0) - coalesce(pw.common, 0), 1e-9)
            as sentence_overlap,
        len(list_intersect(ra.actors, rb.actors)) as shared_actors,
        least(len(list_distinct(ra.actors)), len(list_distinct(rb.actors))) as fewer_actors,
        ra.sources as sources_a, rb.sources as sources_b, ra.targets as targets_a, rb.targets as targets_b
    from candidates as c
    inner join roles as ra on ra.event_id = c.event_a
    inner join roles as rb on rb.event_id = c.event_b
    left join pair_weights as pw on pw.event_a = c.event_a and pw.event_b = c.event_b
    left join sentence_weights as ta on ta.event_id = c.event_a
    left join sentence_weights as tb on tb.event_id = c.event_b

),

final as (

    select
        s.event_a, s.event_b, s.happening_b, s.point_a,
        coalesce(h.first_point, s.point_b) as first_b,
        coalesce(h.last_point, s.point_b) as last_b,
        coalesce(h.reports, 1) as size_b,
        s.shared_actors,
        p.max_span_days,
        p.min_link_share
    from shared as s
    cross join params as p
    left join spans as h on h.happening_id = s.happening_b
    where (s.shared_actors >= p.min_shared_actors or s.shared_actors >= p.min_actor_share * s.fewer_actors)
      and s.sentence_overlap >= case when s.both_day_dated then p.min_dated_sentence_overlap
                                     else p.min_sentence_overlap end
      and (coalesce(len(s.sources_a), 0) = 0 or coalesce(len(s.sources_b), 0) = 0
           or list_has_any(s.sources_a, s.sources_b))
      and (coalesce(len(s.targets_a), 0) = 0 or coalesce(len(s.targets_b), 0) = 0
           or list_has_any(s.targets_a, s.targets_b))

)

select * from final
order by shared_actors desc, abs(coalesce(point_a - first_b, 0)), event_a, event_b
