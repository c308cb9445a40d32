-- Actors this run found typed two ways across articles (sql/publish/03_actors.sql), for the log.
select canonical_name, chosen_type, articles_by_type
from actor_type_conflicts
where run_id = $run_id
order by canonical_name;
