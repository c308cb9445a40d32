-- A batch of staging rows, bulk-inserted from the Arrow table `arrow_rows` of the caller
-- (DuckDB's replacement scan), columns matched by name. {table}: the stg_* (or
-- ingest_errors) table, filled in by newsledger.warehouse.stage.insert_rows.
insert into {table} by name select * from arrow_rows
