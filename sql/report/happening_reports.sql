-- The reports of the given happenings ($ids, a list), each with its sentence and origin.
select happening_id, reported_at, origin, url, title, trigger, sentence
from base_happening_reports
where list_contains($ids, happening_id)
order by happening_id, reported_at, event_id
