-- Events with neither an event date nor an article publication date (not on the timeline).
select count(*) as events
from fact_events e
join dim_articles a using (article_id)
where e.event_date is null and a.published_at is null
