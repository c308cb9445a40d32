-- Content checksum of one table, independent of row order and of column order: the
-- table name and its columns (sorted by name) are filled in by flows/export.py.
with hashed as (

    select md5(row({columns})::varchar) as h
    from {table}

),

final as (

    select
        count(*) as row_count,
        md5(coalesce(string_agg(h, '' order by h), '')) as checksum
    from hashed

)

select * from final
