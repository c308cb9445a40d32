-- For the recall check's --explain (scripts/happenings_recall.py), on a scratch copy of a
-- warehouse only: forget the happening of the events of the pairs ($ids), so that the linking
-- rule (sql/happenings/rule.sql) returns every link it finds for them. A pair it returns
-- passes the rule's pair conditions; a pair it does not return fails one of them.
update fact_events set happening_id = null where event_id in (select unnest($ids))
