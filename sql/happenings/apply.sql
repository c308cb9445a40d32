-- Apply a linking: `happening_merges_batch` (from_id -> to_id: happenings a bridging report
-- merged) and `happening_links_batch` (event_id -> happening_id for the events just linked),
-- Arrow tables of newsledger.warehouse.happenings.

update fact_events as e
set happening_id = m.to_id
from happening_merges_batch as m
where e.happening_id = m.from_id;

update fact_events as e
set happening_id = l.happening_id
from happening_links_batch as l
where e.event_id = l.event_id;
