-- THE LINKING RULE of happenings, with its parameters (the `params` CTE): the one place
-- that says when two event mentions report the same real-world occurrence.
--
-- Two scored events (event_type <> 'other') are linked when all of these hold:
--   1. same event_type, and for statements the same statement_kind;
--   2. they name at least one common actor (canonical actor_id), and their actors do not
--      contradict each other: when both give sources, the sources share an actor; the same
--      for targets (so "A condemns B" and "B condemns A" stay apart);
--   3. their dates are compatible: each event spans an interval, its day (date_precision
--      'day'), its month ('month'), or, undated or dated by a year only, the
--      `published_lookback_days` days up to its article's publication (the publication
--      date stands in for the event's); two intervals must overlap within
--      `tolerance_days` (a day either side for time zones and late dispatches);
--   4. their locations are compatible: either is missing, or both are the same once case
--      and accents are folded.
-- Events without actors are never linked (each is its own happening). Happenings are the
-- connected components of the links (single linkage): a report compatible with two
-- happenings bridges them, and they merge (newsledger.warehouse.happenings).
--
-- This query returns the links that concern an event not yet linked (happening_id null):
-- each pair once, with the happening of the other event when it has one.

with params as (

    select
        1 as tolerance_days,          -- slack when comparing two date intervals
        3 as published_lookback_days  -- an undated event happened within these days before publication

),

events as (

    select
        e.event_id,
        e.event_type,
        coalesce(e.statement_kind, '') as kind,
        e.happening_id,
        nullif(lower(strip_accents(trim(e.location))), '') as place,
        case
            when e.date_precision in ('day', 'month') and e.event_date is not null then e.event_date
            else cast(coalesce(a.published_at, a.ingested_at) as date) - p.published_lookback_days
        end as lo,
        case
            when e.date_precision = 'day' and e.event_date is not null then e.event_date
            when e.date_precision = 'month' and e.event_date is not null then last_day(e.event_date)
            else cast(coalesce(a.published_at, a.ingested_at) as date)
        end as hi
    from fact_events as e
    inner join dim_articles as a using (article_id)
    cross join params as p
    where e.event_type <> 'other'

),

roles as (

    select
        event_id,
        list(actor_id) filter (where role = 'source') as sources,
        list(actor_id) filter (where role = 'target') as targets
    from bridge_event_actors
    group by event_id

),

fresh as (

    select * from events where happening_id is null

),

candidates as (

    select distinct f.event_id as event_a, o.event_id as event_b, o.happening_id as happening_b
    from fresh as f
    inner join bridge_event_actors as fa on fa.event_id = f.event_id
    inner join bridge_event_actors as oa on oa.actor_id = fa.actor_id and oa.event_id <> f.event_id
    inner join events as o
        on o.event_id = oa.event_id and o.event_type = f.event_type and o.kind = f.kind
    cross join params as p
    where o.lo <= f.hi + p.tolerance_days
      and f.lo <= o.hi + p.tolerance_days
      and (f.place is null or o.place is null or f.place = o.place)
      and (o.happening_id is not null or f.event_id < o.event_id)

),

final as (

    select c.event_a, c.event_b, c.happening_b
    from candidates as c
    left join roles as ra on ra.event_id = c.event_a
    left join roles as rb on rb.event_id = c.event_b
    where (coalesce(len(ra.sources), 0) = 0 or coalesce(len(rb.sources), 0) = 0
           or list_has_any(ra.sources, rb.sources))
      and (coalesce(len(ra.targets), 0) = 0 or coalesce(len(rb.targets), 0) = 0
           or list_has_any(ra.targets, rb.targets))

)

select * from final order by event_a, event_b
