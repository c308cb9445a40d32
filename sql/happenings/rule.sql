-- THE LINKING RULE of happenings, with its parameters (the `params` CTE): the one place
-- that says when two event mentions report the same real-world occurrence.
--
-- Two scored events (event_type <> 'other') are linked when all of these hold:
--   1. same event_type, different articles (the extraction already keeps one event per
--      distinct happening of an article); for statements the same statement_kind; for the
--      generic types (`stem_types`: statements, meetings, and legal actions, whose steps of
--      one case, arrest, charge, trial, release, are occurrences of their own) the same
--      trigger stem too, except for the statement kinds that already group synonymous verbs
--      (`kinds_without_stem`: "a averti" and "a prévenu" are both `threaten`, "appelle" and
--      "exhorte" both `appeal`; only kind `other` keeps its stem). The stem is the first
--      `trigger_stem_chars` letters of the trigger's first word after subject pronouns,
--      auxiliaries, adverbs and clitics ("a dénoncé" and "dénoncent" agree, "a menacé" not;
--      "Il s'est ensuite rendu" and "s'est rendu" agree; "sommet historique" and "sommets"
--      agree, "réunion" not). The words dropped are closed classes of French (pronouns,
--      auxiliary forms, clitics), so a list is exact for them. Where a word of the trigger
--      names a step of a legal case or a kind of election (sql/coding/trigger_steps.csv,
--      table dim_trigger_steps), the step stands for the stem: "arrestation", "a été
--      arrêté" and "interpellation" are one arrest; an arrest and a release stay apart, and
--      so do a presidential and a legislative election, or an election and the
--      inauguration or the appointment that follows it, or one round of a vote ("premier
--      tour", "second tour") and the election named as a whole or by its kind (a part and
--      its whole), or the first round and the second, or a war and one of its battles
--      (`whole_steps`: an election of unknown kind agrees with any kind of vote, never
--      with taking office; an attack of unknown step never with a war as a whole);
--   2. they share actors (canonical actor_id; a one-word person counts as the one well-known
--      multi-word person of that surname, or, when several share it, as the one named by
--      `surname_dominance` times the articles of all the others, see `surnames`; full names
--      that differ only by an Arabic article inside them are one person): at least
--      `min_shared_actors` in common, or one in common when that is at least `min_actor_share`
--      of the actors of the report that names fewer (|A & B| / min(|A|, |B|)): one report
--      names the main actor, another the whole scene around it, and the smaller set is
--      contained in the larger; and their
--      actors do not contradict each other: when both give sources, the sources share an
--      actor; the same for targets ("A condemns B" and "B condemns A" stay apart); a source
--      (target) of one that the other names as a mere participant agrees with it
--      (`participant_agrees`: the extraction gives a sentence's roles one at a time, and
--      "France accuses Turkey of arming the GNA" names Turkey a participant, not a target);
--      two reports with no actor in common may still link when each is dated to a day or
--      undated, their triggers open with the same word (its first `trigger_stem_chars`
--      letters, or the same step) and their sentences share at least `min_actorless_overlap`
--      of their salient weight (rule 5): one report names a company, another the president
--      who watched its launch; one names the officer charged, another only his victim; a
--      dispatch told again whose actors the extraction resolved differently; not for the
--      types told by a speaker (`speaker_types`: statements), where no actor in common means
--      two speakers (on the whole corpus the exception linked no statement, and its
--      statement pairs were a fifth of all the pairs the rule weighed);
--      the types whose roles have no direction (`undirected_types`: meetings, where the
--      subject a sentence happens to give the meeting is its "source") are not compared on
--      roles at all, so "A met B" and "B met A" agree, also for the dated minimum of rule 5;
--   3. their dates are compatible: each event spans an interval, its day (date_precision
--      'day'), its month ('month'), its year ('year'), or, undated, the
--      `published_lookback_days` days up to its article's publication (the publication
--      date stands in for the event's, and an undated report of ongoing talks or of a
--      recent inquiry may come a day or two after it); two intervals must overlap within
--      `tolerance_days` (a day either side for time zones and late dispatches), except two
--      statements both dated to the day (`speaker_types`): on two different days they are one
--      speaker's two statements (a country's condemnations of a Monday and of a Tuesday); or one is
--      undated and the other dated to a month or a year that ends before the undated one's
--      interval begins, their triggers open with the same word (as for reports with no actor
--      in common), and their sentences share at least `min_background_overlap` of their
--      salient weight (rule 5): a happening of the past named again as background (the
--      sanctions of 2018, a summit of February 2019) in a sentence without its date;
--   4. their locations are compatible: either is missing, or both are the same once case
--      and accents are folded;
--   5. their sentences say the same thing: the rarity-weighted share of the salient words
--      they have in common (sum of the weights of the common words / sum of the weights of
--      all their words; a word is salient from `min_word_chars` letters or digits, and
--      weighs ln((1 + scored events) / scored events whose sentence has it), so names,
--      numbers and uncommon words count, "les" or "president" hardly) is at least
--      `min_sentence_overlap`, or `min_dated_sentence_overlap` when both are dated to the
--      same day or a day apart, have the same trigger stem and roles that agree without the
--      help of participants (the date is strong evidence, but a day and one actor alone
--      are not: one actor's two different deeds of a day seldom share a rare word, and two
--      statements of one speaker on consecutive days are often of one kind). A
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
-- `max_span_days`. Single linkage would chain a month of statements by one president. A link
-- between two reports whose sentences share at least `told_again_share` of their salient
-- weight (one dispatch republished: the same sentence in two articles) joins its two groups
-- whatever the share of links between them (within the span still): the groups are then two
-- sets of reports each linked to one and the same report, which the average alone kept apart
-- when they were told in words too different to link pair by pair.
-- Whatever the share, two groups never join when together they would name two steps
-- (`one_step`): the pair rule keeps the first and the second round apart, or the primary and
-- the election, but a report naming the vote as a whole (no step) links both, and one link
-- of two pairs was enough for the average. Three more such marks of the clustering are
-- parameters left off (docs/audits/README.md, branch issue-20-hprec): one place
-- (`one_place`: the places the extraction gives are too often another scale or another
-- clause's, and it split far more happenings of one occurrence than mixed ones), one day of
-- a speaker's statements (`one_speaker_day`) and dated reports that meet in time
-- (`one_date`), each clearing as many mixed happenings as it split happenings of one
-- occurrence told with a wrong date.
--
-- This query returns the links of the event types in $event_types (links never cross
-- types: every pair is of one type) that concern an event not yet linked (happening_id
-- null): each pair once, with the happening of the other event when it has one, ordered by
-- type and then as the clustering reads them. It runs inside the publish transaction, whose
-- new rows are held in memory, on groups of types with a bounded number of fresh events
-- (warehouse/happenings.py): all types at once ran out of DuckDB's memory bound on the whole
-- corpus (11,929 articles in one run); one query per type paid the words of every sentence
-- (`words`, `rarity`) once per type, about 0.1 s each of 14 on 2,000 articles.

with params as (

    select
        1 as tolerance_days,            -- slack when comparing two date intervals
        2 as published_lookback_days,   -- an undated event happened within these days before publication
        2 as min_shared_actors,         -- this many common actors link whatever else the events name
        0.5 as min_actor_share,         -- else one common actor must be this share of the smaller actor set
        3 as max_span_days,             -- the dates of one happening's reports span at most this
        0.5 as min_link_share,          -- share of the report pairs of two groups that must be links to join them
        0.8 as told_again_share,        -- a link whose sentences share this much (rule 5's share) is one dispatch told again: its two groups join whatever min_link_share says
        0.2 as min_sentence_overlap,    -- rarity-weighted share of salient words two sentences have in common (rule 5)
        0.05 as min_dated_sentence_overlap,  -- the same when both are dated to the day (rule 5)
        0.3 as min_background_overlap,  -- the same for an undated report and one dated to an earlier month or year (rules 3 and 5)
        0.3 as min_actorless_overlap,   -- the same for two reports with no actor in common, each dated to a day or undated (rules 2 and 5)
        ['statement'] as speaker_types,  -- types told by their speaker: with no actor in common, two reports are two speakers (rule 2's exception does not apply)
        3 as min_word_chars,            -- shortest salient word (rule 5)
        5 as trigger_stem_chars,        -- letters of the trigger stem that must agree ...
        ['statement', 'meeting', 'legal_action'] as stem_types,  -- ... for these event types
        ['appeal', 'demand', 'disapprove', 'reject', 'threaten', 'praise', 'acknowledge']
            as kinds_without_stem,      -- statement kinds that group synonymous verbs: the kind is enough, no stem (rule 1)
        3 as min_surname_articles,      -- a one-word person is the one multi-word person of that surname named by this many articles (rule 2)
        10 as surname_dominance,        -- ... or, when several share it, the one named by this many times the articles of all the others (rule 2)
        true as participant_agrees,     -- a source (target) of one named as a mere participant of the other does not contradict it (rule 2)
        ['meeting'] as undirected_types,  -- types whose roles have no direction: sources and targets are not compared (rule 2)
        ['appointment', 'inauguration', 'war'] as whole_steps,  -- steps that agree with no report of unknown step (rule 1)
        true as one_step,               -- the reports of one happening name at most one step (clustering)
        false as one_place,             -- ... at most one place (measured, not adopted: extracted places are too noisy)
        false as one_speaker_day,       -- ... for `speaker_types`, at most one day of the reports dated to the day (measured, not adopted)
        false as one_date               -- ... dated reports (day, month, year) that all meet within `tolerance_days` (measured, not adopted)
),

folded as (

    -- each trigger folded (lower case, no accents) without its subject pronouns, auxiliaries,
    -- adverbs and clitics: "a été arrêté" -> "arrete", "Il s'est ensuite rendu" -> "rendu"
    select e.event_id, e.event_type, regexp_replace(lower(strip_accents(e.trigger)),
        '^(((il|elle|ils|elles|on|je|tu|nous|vous|me|te|lui|leur|y|en|a|ai|as|avons|avez|ont|avait|avaient|aurait|auraient|aura|auront|est|es|suis|sommes|etes|sont|etait|etaient|etant|ete|sera|seront|serait|seraient|avoir|etre|va|vont|allait|se|ne|de|aussi|egalement|deja|encore|notamment|pourtant|toujours|meme|bien|alors|ensuite|ainsi|pas)\s+)|([sldnjmt]['' ]))+', '') as words
    from fact_events as e
    where list_contains($event_types, e.event_type)

),

steps as (

    -- rule 1's steps (sql/coding/trigger_steps.csv, loaded into dim_trigger_steps): the first
    -- word of the trigger whose first `trigger_stem_chars` letters name a step of a legal case
    -- ("arrestation", "a été arrêté", "interpellation": arrest) or a kind of election
    -- ("élection présidentielle": presidential; "investiture": inauguration)
    select w.event_id, arg_min(s.step, w.position) as step
    from (
        select event_id, event_type,
            unnest(regexp_extract_all(words, '[a-z]+')) as word,
            generate_subscripts(regexp_extract_all(words, '[a-z]+'), 1) as position
        from folded
    ) as w
    cross join params as p
    inner join dim_trigger_steps as s
        on s.event_type = w.event_type and s.stem = left(w.word, p.trigger_stem_chars)
    group by w.event_id

),

events as (

    select
        e.event_id,
        e.event_type,
        e.article_id,
        coalesce(st.step, '') as step,
        case
            when list_contains(p.stem_types, e.event_type)
                then coalesce(st.step, left(regexp_extract(f.words, '[a-z]+'), p.trigger_stem_chars))
            else ''
        end as stem,
        -- the trigger's first word (or step) whatever the type: rule 2's and rule 3's exceptions
        coalesce(st.step, left(regexp_extract(f.words, '[a-z]+'), p.trigger_stem_chars)) as head,
        coalesce(e.statement_kind, '') || case
            when stem <> '' and not list_contains(p.kinds_without_stem, coalesce(e.statement_kind, ''))
                then ':' || stem
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
        e.date_precision = 'day' and e.event_date is not null as day_dated,
        not (e.date_precision in ('day', 'month', 'year') and e.event_date is not null) as undated
    from fact_events as e
    inner join dim_articles as a using (article_id)
    inner join folded as f using (event_id)
    left join steps as st using (event_id)
    cross join params as p
    where e.event_type <> 'other' and list_contains($event_types, e.event_type)

),

surnames as (

    -- rule 2's actors across articles: a person named by one word in one article ("Sissi")
    -- and in full in another ("Abdel Fattah al-Sissi") got two actor ids (an article resolves
    -- a surname to the full name only when it writes both). For the rule, full names that
    -- differ only by an Arabic article inside them ("Bachar al-Assad", "Bachar el-Assad") are
    -- one person, and a one-word person stands for the multi-word person of the warehouse
    -- whose last word is that word (folded; an Arabic article "al-"/"el-" before it dropped,
    -- on either side), when there is exactly one, or when one is named by `surname_dominance`
    -- times the articles of all the others ("Trump": Donald Trump, not Melania; "Johnson"
    -- names several of like weight: it stays itself), when that person is named in full by at
    -- least `min_surname_articles` articles (a surname alone is how the press names a person
    -- its readers know; a rare full name sharing a surname is usually someone else: "Ahmad
    -- Erakat" is not the "Erakat" of other articles), and when that word opens no multi-word
    -- person's name named by that many articles (a first name: "Michael" is not "Kobi
    -- Michael"; a stray "Trump Barry" of one article does not make "Trump" a first name).
    -- dim_actors is not changed.
    -- Like the word weights, the mapping is the warehouse's when the events are linked (a
    -- surname may start to count once its full name reaches three articles); a published
    -- happening is not relinked, so a rerun changes nothing.
    with persons as (

        -- every person's folded name, an Arabic article inside it dropped ("Bachar el-Assad"
        -- and "Bachar al-Assad" give "bachar assad"; never the first word: "Al Gore" stays),
        -- and, for a one-word name, a leading article too ("al-Sissi" gives "sissi")
        select actor_id, regexp_replace(regexp_replace(lower(strip_accents(trim(canonical_name))),
                   '([ -])(al|el)[- ]', '\1', 'g'), '^(al|el)-(\S+)$', '\2') as name
        from dim_actors
        where actor_type = 'person'

    ),

    full_names as (

        -- a multi-word person, standing for every person of the same folded name (the one of
        -- that name named by most articles, then the smallest id), with its articles
        select f.actor_id, f.name, string_split(f.name, ' ') as words,
            first_value(f.actor_id) over (partition by f.name order by f.articles desc, f.actor_id) as person_id,
            sum(f.articles) over (partition by f.name) as articles
        from (
            select x.actor_id, x.name, count(distinct n.article_id) as articles
            from persons as x
            left join actor_name_forms as n using (actor_id)
            where contains(x.name, ' ')
            group by x.actor_id, x.name
        ) as f

    ),

    by_surname as (

        -- the folded full names of each last word, by their articles, most first
        select word, person_id, articles,
            row_number() over (partition by word order by articles desc, person_id) as rank,
            sum(articles) over (partition by word) - articles as others
        from (
            select distinct words[-1] as word, name, person_id, articles from full_names
        )

    )

    select actor_id, person_id from full_names where actor_id <> person_id

    union all

    select s.actor_id, f.person_id
    from (select actor_id, name as word from persons where not contains(name, ' ')) as s
    inner join by_surname as f using (word)
    cross join params as p
    where s.word not in (select words[1] from full_names where articles >= p.min_surname_articles)
      and f.rank = 1
      and f.articles >= p.min_surname_articles
      and f.articles >= p.surname_dominance * f.others

),

actors as (

    -- bridge_event_actors with rule 2's actor: the full name for a surname (surnames)
    select b.event_id, coalesce(n.person_id, b.actor_id) as actor_id, b.role
    from bridge_event_actors as b
    left join surnames as n using (actor_id)

),

roles as (

    select
        event_id,
        list(distinct actor_id) as actors,
        list(distinct actor_id) filter (where role = 'source') as sources,
        list(distinct actor_id) filter (where role = 'target') as targets,
        list(distinct actor_id) filter (where role not in ('source', 'target')) as participants
    from actors
    group by event_id

),

spans as (

    select happening_id, min(point) as first_point, max(point) as last_point, count(*) as reports,
        list(distinct place) filter (where place is not null) as places,
        list(distinct step) filter (where step <> '') as steps,
        list(distinct point) filter (where day_dated) as days,
        max(lo) filter (where not undated) as dated_lo,
        min(hi) filter (where not undated) as dated_hi
    from events
    where happening_id is not null
    group by happening_id

),

event_actors as (

    -- one row per (scored event, actor): the candidates join on actor, type and kind at once,
    -- so that a frequent actor (a country in thousands of events) pairs only events of one
    -- type and kind (the join on the actor alone made the whole corpus run out of memory)
    select distinct b.actor_id, e.*
    from actors as b
    inner join events as e using (event_id)

),

candidates as (

    select distinct
        f.event_type, f.event_id as event_a, o.event_id as event_b, o.happening_id as happening_b,
        f.point as point_a, o.point as point_b,
        f.day_dated and o.day_dated as both_day_dated,
        f.stem = o.stem as same_stem,
        not (o.lo <= f.hi + p.tolerance_days and f.lo <= o.hi + p.tolerance_days) as background,
        f.place as place_a, o.place as place_b, f.step as step_a, o.step as step_b,
        case when f.day_dated then f.point end as day_a, case when o.day_dated then o.point end as day_b,
        case when not f.undated then [f.lo, f.hi] end as dated_a, case when not o.undated then [o.lo, o.hi] end as dated_b
    from event_actors as f
    inner join event_actors as o
        on o.actor_id = f.actor_id and o.event_type = f.event_type and o.kind = f.kind
    cross join params as p
    where f.happening_id is null
      and o.article_id <> f.article_id
      and ((o.lo <= f.hi + p.tolerance_days and f.lo <= o.hi + p.tolerance_days)
           -- rule 3's background: an undated report naming again a happening dated to an
           -- earlier month or year, with the same first word of the trigger (rule 5 then
           -- asks for `min_background_overlap`)
           or (o.head = f.head and f.undated and o.point is null and not o.undated and o.hi < f.lo)
           or (o.head = f.head and o.undated and f.point is null and not f.undated and f.hi < o.lo))
      and (f.place is null or o.place is null or f.place = o.place)
      and (f.step = o.step
           or (f.step = '' and not list_contains(p.whole_steps, o.step))
           or (o.step = '' and not list_contains(p.whole_steps, f.step)))
      -- a speaker's statements dated to two different days are two statements: the day's
      -- slack (`tolerance_days`) is for reports of one happening, not for one speaker again
      and not (list_contains(p.speaker_types, f.event_type) and f.day_dated and o.day_dated
               and f.point <> o.point)
      and (o.happening_id is not null or f.event_id < o.event_id)

    union

    -- rule 2's exception: reports with no actor in common, each dated to a day or undated
    -- (a month or a year is too wide for this), paired on the same conditions of type, kind,
    -- dates, place and step and on the first word of their triggers (`head`: without it the
    -- pairs of one type and a few days, to be weighed by rule 5, made the rule a third slower
    -- on the whole corpus); rule 5 then asks them for `min_actorless_overlap`
    select distinct
        f.event_type, f.event_id as event_a, o.event_id as event_b, o.happening_id as happening_b,
        f.point as point_a, o.point as point_b,
        f.day_dated and o.day_dated as both_day_dated,
        f.stem = o.stem as same_stem,
        false as background,
        f.place as place_a, o.place as place_b, f.step as step_a, o.step as step_b,
        case when f.day_dated then f.point end as day_a, case when o.day_dated then o.point end as day_b,
        case when not f.undated then [f.lo, f.hi] end as dated_a, case when not o.undated then [o.lo, o.hi] end as dated_b
    from events as f
    cross join params as p
    inner join events as o
        on o.event_type = f.event_type and o.kind = f.kind and o.head = f.head
       and o.lo <= f.hi + p.tolerance_days
       and f.lo <= o.hi + p.tolerance_days
    where f.happening_id is null
      and not list_contains(p.speaker_types, f.event_type)
      and f.point is not null and o.point is not null
      and o.article_id <> f.article_id
      and (f.place is null or o.place is null or f.place = o.place)
      and (f.step = o.step
           or (f.step = '' and not list_contains(p.whole_steps, o.step))
           or (o.step = '' and not list_contains(p.whole_steps, f.step)))
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
        -- an undirected type (`undirected_types`) has no sources or targets for rule 2: who
        -- met whom is one meeting whichever side a sentence makes its subject
        case when list_contains(p.undirected_types, c.event_type) then null else ra.sources end as sources_a,
        case when list_contains(p.undirected_types, c.event_type) then null else rb.sources end as sources_b,
        case when list_contains(p.undirected_types, c.event_type) then null else ra.targets end as targets_a,
        case when list_contains(p.undirected_types, c.event_type) then null else rb.targets end as targets_b,
        ra.participants as participants_a, rb.participants as participants_b
    from candidates as c
    cross join params as p
    inner join roles as ra on ra.event_id = c.event_a
    inner join roles as rb on rb.event_id = c.event_b
    left join pair_weights as pw on pw.event_a = c.event_a and pw.event_b = c.event_b
    left join sentence_weights as ta on ta.event_id = c.event_a
    left join sentence_weights as tb on tb.event_id = c.event_b

),

final as (

    select
        s.event_type, s.event_a, s.event_b, s.happening_b, s.point_a,
        coalesce(h.first_point, s.point_b) as first_b,
        coalesce(h.last_point, s.point_b) as last_b,
        coalesce(h.reports, 1) as size_b,
        s.shared_actors,
        p.max_span_days,
        p.min_link_share,
        s.sentence_overlap >= p.told_again_share as told_again,
        -- the places, steps and speaker's days of either side, for the clustering: a group of
        -- reports joins another only if together they still name one place, one step and,
        -- for a speaker's statements, one day (each when its parameter is on)
        case when p.one_place then case when s.place_a is null then [] else [s.place_a] end else [] end as places_a,
        case when p.one_place then coalesce(h.places, case when s.place_b is null then [] else [s.place_b] end) else [] end as places_b,
        case when p.one_step then case when s.step_a = '' then [] else [s.step_a] end else [] end as steps_a,
        case when p.one_step then coalesce(h.steps, case when s.step_b = '' then [] else [s.step_b] end) else [] end as steps_b,
        case when p.one_speaker_day and list_contains(p.speaker_types, s.event_type)
            then case when s.day_a is null then [] else [s.day_a] end else [] end as days_a,
        case when p.one_speaker_day and list_contains(p.speaker_types, s.event_type)
            then coalesce(h.days, case when s.day_b is null then [] else [s.day_b] end) else [] end as days_b,
        case when p.one_date and s.dated_a is not null
            then [s.dated_a[1], s.dated_a[2] + p.tolerance_days] else [] end as dated_a,
        case when not p.one_date then []
            when h.dated_lo is not null then [h.dated_lo, h.dated_hi + p.tolerance_days]
            when h.happening_id is null and s.dated_b is not null
                then [s.dated_b[1], s.dated_b[2] + p.tolerance_days]
            else [] end as dated_b
    from shared as s
    cross join params as p
    left join spans as h on h.happening_id = s.happening_b
    where (s.shared_actors >= p.min_shared_actors or s.shared_actors >= p.min_actor_share * s.fewer_actors
           or (s.shared_actors = 0 and s.sentence_overlap >= p.min_actorless_overlap))
      and (not s.background or s.sentence_overlap >= p.min_background_overlap)
      and s.sentence_overlap >= case
            -- the smaller share needs the strong evidence only: both dated to the day, the same
            -- trigger stem and roles that agree without the help of participants
            when s.both_day_dated and s.same_stem
                 and (coalesce(len(s.sources_a), 0) = 0 or coalesce(len(s.sources_b), 0) = 0
                      or list_has_any(s.sources_a, s.sources_b))
                 and (coalesce(len(s.targets_a), 0) = 0 or coalesce(len(s.targets_b), 0) = 0
                      or list_has_any(s.targets_a, s.targets_b))
                then p.min_dated_sentence_overlap
            else p.min_sentence_overlap
        end
      and (coalesce(len(s.sources_a), 0) = 0 or coalesce(len(s.sources_b), 0) = 0
           or list_has_any(s.sources_a, s.sources_b)
           or (p.participant_agrees and (list_has_any(s.sources_a, s.participants_b)
                                         or list_has_any(s.sources_b, s.participants_a))))
      and (coalesce(len(s.targets_a), 0) = 0 or coalesce(len(s.targets_b), 0) = 0
           or list_has_any(s.targets_a, s.targets_b)
           or (p.participant_agrees and (list_has_any(s.targets_a, s.participants_b)
                                         or list_has_any(s.targets_b, s.participants_a))))

)

select * exclude (event_type) from final
order by event_type, shared_actors desc, abs(coalesce(point_a - first_b, 0)), event_a, event_b
