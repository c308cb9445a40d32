copy (select * from {table}) to {path} (format parquet, compression zstd)
