select column_name
from duckdb_columns()
where database_name = current_database() and schema_name = 'main' and table_name = $table
order by column_name
