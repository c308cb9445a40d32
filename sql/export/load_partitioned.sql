insert into {table} by name
select * exclude (month)
from read_parquet({path}, hive_partitioning = true, hive_types_autocast = false)
