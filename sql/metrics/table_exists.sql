-- Does the warehouse have quality_metrics (a warehouse written before it existed has not)?
select count(*) > 0 from information_schema.tables where table_name = 'quality_metrics'
