-- Every published happening against the events it is made of: its counts must be theirs.
with counted as (

    select
        e.happening_id,
        count(*) as reports,
        count(distinct e.article_id) as articles,
        bool_or(e.event_id = h.event_id) as has_representative
    from fact_events as e
    inner join fact_happenings as h using (happening_id)
    group by e.happening_id

),

final as (

    select
        h.happening_id, h.event_type, h.n_reports, h.n_articles, h.n_sources,
        coalesce(h.n_reports = c.reports, false) as reports_agree,
        coalesce(h.n_articles = c.articles, false) as articles_agree,
        h.n_sources between 1 and h.n_articles as sources_plausible,
        coalesce(h.first_reported_at <= h.last_reported_at, true) as reported_in_order,
        coalesce(c.has_representative, false) as representative_is_a_report
    from fact_happenings as h
    left join counted as c using (happening_id)

)

select * from final
