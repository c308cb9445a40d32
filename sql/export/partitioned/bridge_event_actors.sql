select b.*, coalesce(strftime(a.published_at, '%Y-%m'), 'unknown') as month
from bridge_event_actors as b
left join fact_events as e using (event_id)
left join dim_articles as a on a.article_id = e.article_id
