-- mart_happening_reports: each happening with every report of it (article, origin, date,
-- sentence), the happening's own figures repeated on each row.
create or replace view mart_happening_reports as
with happenings as (

    select * from fact_happenings

),

reports as (

    select * from base_happening_reports

),

final as (

    select
        h.happening_id, h.event_type, h.event_date, h.date_precision, h.location,
        h.n_reports, h.n_articles, h.n_sources, h.quad_class, h.goldstein,
        r.event_id = h.event_id as representative,
        r.event_id, r.article_id, r.reported_at, r.origin, r.url, r.title, r.trigger, r.sentence
    from happenings as h
    inner join reports as r using (happening_id)

)

select * from final;
