-- The event types of the scored events not linked to a happening yet (the rule runs per type).
select distinct event_type from fact_events
where happening_id is null and event_type <> 'other'
order by event_type
