-- Figures of the whole warehouse by currency: how many, and the sum of their values
-- (the lower bound of a range). Figures without a currency are counted on one line.
with final as (

    select
        coalesce(currency, '') as currency,
        count(*) as figures,
        sum(value) filter (where currency is not null) as total_value,
        count(distinct article_id) as articles
    from fact_figures
    group by all

)

select * from final order by currency = '', figures desc, currency
