-- The scored events not linked to a happening yet.
select event_id from fact_events
where happening_id is null and event_type <> 'other'
order by event_id
