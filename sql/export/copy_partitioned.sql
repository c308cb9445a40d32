-- The select comes from sql/export/partitioned/<table>.sql: the table's rows plus a
-- `month` column (YYYY-MM of the article's published_at, or 'unknown'); one folder per month.
copy ({select}) to {path} (format parquet, compression zstd, partition_by (month), overwrite_or_ignore true)
