-- Marts for analysts (dbt style: base views over the published tables, then marts). Views,
-- created with the schema: they read the tables the publish transaction writes, so they are
-- as fresh as the last publish.
--
-- base_happening_reports: one report (event mention) of a happening, with its article, its
-- origin and the sentence that states it.
create or replace view base_happening_reports as
with events as (

    select * from fact_events where happening_id is not null

),

articles as (

    select
        article_id, title, published_at, ingested_at, site_name,
        coalesce(url, source) as url,
        coalesce(
            nullif(site_name, ''),
            regexp_extract(coalesce(url, source), '^[a-z]+://(?:www\.)?([^/:]+)', 1),
            regexp_replace(source, '[/\\][^/\\]*$', '')
        ) as origin
    from dim_articles

),

final as (

    select
        e.happening_id, e.event_id, e.article_id, e.event_type, e.statement_kind, e.trigger,
        e.event_date, e.date_precision, e.location, e.confidence, e.cameo_root, e.quad_class,
        e.goldstein, e.sentence_index,
        a.published_at,
        coalesce(a.published_at, a.ingested_at) as reported_at,
        a.title, a.url, a.origin, s.text as sentence
    from events as e
    inner join articles as a using (article_id)
    left join dim_sentences as s using (article_id, sentence_index)

)

select * from final;
