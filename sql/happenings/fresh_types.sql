-- The event types of the scored events not linked to a happening yet, with how many there
-- are of each (the rule runs on groups of types, a bounded number of fresh events at a time).
select event_type, count(*) as fresh_events from fact_events
where happening_id is null and event_type <> 'other'
group by event_type
order by event_type
