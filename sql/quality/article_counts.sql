-- Rows per extracted article, to catch runaway or empty extraction.
with articles as (

    select article_id from stg_articles where run_id = $run_id and duplicate_of is null

),

counted as (

    select
        a.article_id,
        (select count(*) from stg_sentences s where s.run_id = $run_id and s.article_id = a.article_id) as sentences,
        (select count(*) from stg_actor_mentions m where m.run_id = $run_id and m.article_id = a.article_id) as mentions,
        (select count(*) from stg_figures f where f.run_id = $run_id and f.article_id = a.article_id) as figures,
        (select count(*) from stg_events e where e.run_id = $run_id and e.article_id = a.article_id) as events
    from articles as a

),

final as (

    select *, mentions / greatest(sentences, 1) as mentions_per_sentence from counted

)

select * from final
