-- Published actors: a warehouse without any needs no rewrite of its actor ids.
select count(*) from dim_actors
