-- Money figures by currency, each with its event and original sentence.
-- newsledger query --file sql/queries/figures_by_currency.sql
with money as (

    select * from fact_figures where currency is not null

),

final as (

    select
        f.currency,
        f.text,
        f.value,
        f.value_max,
        f.qualifier,
        e.event_type,
        s.text as sentence,
        d.title as article
    from money as f
    join dim_articles as d using (article_id)
    left join fact_events as e using (event_id)
    left join dim_sentences as s
        on s.article_id = f.article_id and s.sentence_index = f.sentence_index
    order by f.currency, f.value desc

)

select * from final
