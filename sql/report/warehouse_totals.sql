-- Size of the whole warehouse after the run.
select
    (select count(*) from dim_articles where duplicate_of is null) as articles,
    (select count(*) from dim_articles where duplicate_of is not null) as duplicates,
    (select count(*) from dim_actors) as actors,
    (select count(*) from fact_actor_mentions) as mentions,
    (select count(*) from fact_events) as events,
    (select count(*) from fact_figures) as figures,
    (select count(*) from load_runs) as runs
