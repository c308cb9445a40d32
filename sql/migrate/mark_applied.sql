-- Record that the one-off rewrite named $1 has been applied (or was not needed: a new file).
insert into warehouse_migrations values (?, current_timestamp)
