-- Actor ids no longer include the actor's type (keys.actor_id): one name typed two ways in
-- two articles is one actor. This rewrites a warehouse published with the old ids, once
-- (warehouse_migrations), in one transaction. `newsledger_actor_id` is keys.actor_id,
-- registered on the connection for this migration only.
create or replace temp table actor_id_map as
select actor_id as old_id, newsledger_actor_id(canonical_name) as new_id, actor_type
from dim_actors;

-- The quarantine keeps staged rows (with their names) for `--retry-rejected`.
create or replace temp table quarantine_actor_id_map as
select distinct actor_id as old_id, newsledger_actor_id(canonical_name) as new_id
from quarantine_actor_mentions;
