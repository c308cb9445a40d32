-- Name forms keep the type their actor had, then take the new ids.
update actor_name_forms as f
set actor_type = m.actor_type
from actor_id_map as m
where f.actor_id = m.old_id and f.actor_type is null;

create or replace temp table migrated_name_forms as
select m.new_id as actor_id, f.canonical_name, f.article_id, min(f.run_id) as run_id,
       min(f.actor_type) as actor_type, min(f.country_code) as country_code
from actor_name_forms as f
inner join actor_id_map as m on f.actor_id = m.old_id
group by all;

delete from actor_name_forms;
insert into actor_name_forms by name select * from migrated_name_forms;

update fact_actor_mentions as f
set actor_id = m.new_id
from actor_id_map as m
where f.actor_id = m.old_id and m.old_id <> m.new_id;

-- Two old actors of one event may now be one: keep one row, its role the first in
-- alphabetical order (participant, source, target).
create or replace temp table migrated_event_actors as
select b.event_id, m.new_id as actor_id, min(b.role) as role
from bridge_event_actors as b
inner join actor_id_map as m on b.actor_id = m.old_id
group by all;

delete from bridge_event_actors;
insert into bridge_event_actors by name select * from migrated_event_actors;

update quarantine_actor_mentions as q
set actor_id = m.new_id
from quarantine_actor_id_map as m
where q.actor_id = m.old_id and m.old_id <> m.new_id;

update quarantine_event_actors as q
set actor_id = m.new_id
from quarantine_actor_id_map as m
where q.actor_id = m.old_id and m.old_id <> m.new_id;
