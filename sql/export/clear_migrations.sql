-- An import starts from the export's own record of the one-off rewrites its data has had.
delete from warehouse_migrations
