-- Which occurrences were reported the most, and by whom: the happenings with the most
-- reports, each report with its date, origin and sentence.
-- newsledger query --file sql/queries/happening_reports.sql
with top as (

    select happening_id from fact_happenings
    order by n_reports desc, n_sources desc, happening_id
    limit 10

),

final as (

    select r.happening_id, r.event_type, r.event_date, r.n_reports, r.n_sources,
           r.reported_at, r.origin, r.trigger, r.sentence, r.url
    from mart_happening_reports as r
    inner join top using (happening_id)
    order by r.n_reports desc, r.happening_id, r.reported_at, r.event_id

)

select * from final
