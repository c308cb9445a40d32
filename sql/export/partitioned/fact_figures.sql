select f.*, coalesce(strftime(a.published_at, '%Y-%m'), 'unknown') as month
from fact_figures as f
left join dim_articles as a using (article_id)
