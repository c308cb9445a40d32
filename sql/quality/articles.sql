-- Staged articles with the derived checks the articles suite validates.
with staged as (

    select * from stg_articles where run_id = $run_id

),

known as (

    select article_id from dim_articles
    union all
    select article_id from staged

),

final as (

    select
        article_id, source, source_kind, title, language, published_at, ingested_at,
        content_hash, duplicate_of,
        duplicate_of is not null or coalesce(length(trim(body)), 0) > 0 as body_present,
        duplicate_of is null or duplicate_of in (select article_id from known) as duplicate_resolves
    from staged

)

select * from final
