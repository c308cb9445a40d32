select
    (select count(*) from stg_articles where run_id = $run_id and duplicate_of is null) as articles,
    (select count(distinct actor_id) from stg_actor_mentions where run_id = $run_id) as actors,
    (select count(*) from stg_actor_mentions where run_id = $run_id) as mentions,
    (select count(*) from stg_figures where run_id = $run_id) as figures,
    (select count(*) from stg_events where run_id = $run_id) as events
