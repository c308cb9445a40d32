-- Figures published by this run, with their sentence and article.
select
    f.text, f.value, f.value_max, f.unit, f.currency, f.qualifier,
    e.event_type, s.text as sentence, d.source, d.title
from fact_figures f
join dim_articles d using (article_id)
left join fact_events e using (event_id)
left join dim_sentences s on s.article_id = f.article_id and s.sentence_index = f.sentence_index
where f.run_id = $run_id
order by d.source, f.char_start
limit 500
