-- Staging (write-audit-publish): each run writes here, the suites validate it, and
-- publish merges it into the tables above in one transaction. Rows carry their run_id.

create table if not exists stg_articles as select * from dim_articles limit 0;

create table if not exists stg_sentences as
    select *, ''::varchar as run_id from dim_sentences limit 0;

create table if not exists stg_actor_mentions as
    select m.*, ''::varchar as canonical_name, ''::varchar as actor_type, ''::varchar as country_code
    from fact_actor_mentions m limit 0;

create table if not exists stg_events as select * from fact_events limit 0;

create table if not exists stg_figures as select * from fact_figures limit 0;

create table if not exists stg_event_actors as
    select *, ''::varchar as run_id from bridge_event_actors limit 0;
