-- Every table of the warehouse (published, operational, staging, quarantine), by name.
select table_name
from duckdb_tables()
where database_name = current_database() and schema_name = 'main' and not temporary
order by table_name
