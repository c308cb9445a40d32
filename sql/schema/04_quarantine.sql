-- Quarantine: the staged rows of a batch that failed validation, kept with the failed
-- expectations so an operator can inspect them and retry after a fix.

create table if not exists quarantine_articles as
    select *, ''::varchar as failed_expectations from stg_articles limit 0;
create table if not exists quarantine_sentences as
    select *, ''::varchar as failed_expectations from stg_sentences limit 0;
create table if not exists quarantine_actor_mentions as
    select *, ''::varchar as failed_expectations from stg_actor_mentions limit 0;
create table if not exists quarantine_events as
    select *, ''::varchar as failed_expectations from stg_events limit 0;
create table if not exists quarantine_figures as
    select *, ''::varchar as failed_expectations from stg_figures limit 0;
create table if not exists quarantine_event_actors as
    select *, ''::varchar as failed_expectations from stg_event_actors limit 0;
