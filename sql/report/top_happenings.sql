-- The happenings of this run's events with the most reports (whole warehouse counts): the
-- ten most reported, with the actors of each, one row per report (its sentence and origin).
with touched as (

    select distinct happening_id from fact_events
    where run_id = $run_id and happening_id is not null

),

actors as (

    select happening_id, string_agg(canonical_name || ' (' || role || ')', ', '
                                    order by role, canonical_name) as actors
    from base_happening_actors
    group by happening_id

),

top as (

    select h.happening_id, h.event_type, h.event_date, h.date_precision, h.location,
           h.n_reports, h.n_articles, h.n_sources, h.quad_class, h.goldstein, a.actors
    from fact_happenings as h
    inner join touched using (happening_id)
    left join actors as a using (happening_id)
    order by h.n_reports desc, h.n_sources desc, h.happening_id
    limit 10

),

final as (

    select t.*, r.reported_at, r.origin, r.url, r.title, r.trigger, r.sentence
    from top as t
    inner join base_happening_reports as r using (happening_id)

)

select * from final
order by n_reports desc, n_sources desc, happening_id, reported_at, trigger
