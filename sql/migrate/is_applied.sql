-- Has the one-off rewrite named $1 been applied to this warehouse file? (warehouse_migrations)
select count(*) from warehouse_migrations where name = ?
