-- Every written form of an actor's name, one row per article that wrote it so: spelling
-- variants of one actor ("Assimi Goïta" / "Assimi Goita", "Etat islamique" / "État
-- islamique") share an actor_id (keys.name_key folds case, accents and apostrophes), and
-- dim_actors.canonical_name is the form written by the most articles (sql/publish/03_actors.sql).
-- actor_type is the type the article gave the name (its most frequent, ties alphabetical):
-- dim_actors.actor_type is the type given by the most articles.
create table if not exists actor_name_forms (
    actor_id        varchar not null,
    canonical_name  varchar not null,
    article_id      varchar not null,
    run_id          varchar not null,
    actor_type      varchar,
    primary key (actor_id, canonical_name, article_id)
);

alter table actor_name_forms add column if not exists actor_type varchar;
-- the state the article ties the actor to (its most frequent among the article's mentions,
-- ties alphabetical): dim_actors.country_code is the one given by the most articles
alter table actor_name_forms add column if not exists country_code varchar;

-- A warehouse published before this table existed: its actors' names count once per
-- article that mentions them (a no-op once the table has rows).
insert into actor_name_forms (actor_id, canonical_name, article_id, run_id, actor_type, country_code)
select distinct m.actor_id, a.canonical_name, m.article_id, m.run_id, a.actor_type, a.country_code
from fact_actor_mentions as m
inner join dim_actors as a using (actor_id)
where (select count(*) from actor_name_forms) = 0;

-- Actors whose articles gave them more than one type: the run that saw it, the type chosen
-- (the one given by the most articles, ties in alphabetical order: country, organization,
-- person) and the articles that gave each type.
create table if not exists actor_type_conflicts (
    run_id          varchar not null,
    actor_id        varchar not null,
    canonical_name  varchar not null,
    chosen_type     varchar not null,
    articles_by_type map(varchar, bigint) not null,
    primary key (run_id, actor_id)
);

-- One row per one-off rewrite of an existing warehouse (sql/migrate/), once applied.
create table if not exists warehouse_migrations (
    name        varchar primary key,
    applied_at  timestamp not null
);

-- The rules, in one place (sql/publish/03_actors.sql and sql/migrate/ read them): an
-- actor's canonical name is the form written by the most articles, ties broken by
-- preferring a form with diacritics ("État islamique" over "Etat islamique"), then the
-- first in code-point order ...
create or replace view actor_chosen_names as
with forms as (

    select actor_id, canonical_name, count(distinct article_id) as articles
    from actor_name_forms
    group by all

)

select actor_id, canonical_name
from forms
qualify row_number() over (
    partition by actor_id
    order by articles desc, canonical_name <> strip_accents(canonical_name) desc, canonical_name
) = 1;

-- ... and its type is the one given by the most articles, ties in alphabetical order
-- (country, organization, person), with the articles that gave each type.
create or replace view actor_chosen_types as
with typed as (

    select actor_id, actor_type, count(distinct article_id) as articles
    from actor_name_forms
    where actor_type is not null
    group by all

),

ranked as (

    select
        *,
        row_number() over (partition by actor_id order by articles desc, actor_type) as rank
    from typed

)

select
    actor_id,
    any_value(actor_type) filter (where rank = 1) as actor_type,
    map(list(actor_type order by actor_type), list(articles order by actor_type)) as articles_by_type,
    count(*) as types
from ranked
group by actor_id;

-- ... and its state is the one given by more articles than any other state (an article may
-- tie an actor to the country it acts in rather than its own: "Macron, en visite au
-- Canada"; the majority of articles does not). Two states given by as many articles each
-- settle nothing: no state (a French politician named in 669 articles, two of them tying
-- him to France and two to Egypt, was Egyptian by the alphabet).
create or replace view actor_chosen_countries as
with counted as (

    select actor_id, country_code, count(distinct article_id) as articles
    from actor_name_forms
    where country_code is not null
    group by all

),

ranked as (

    select
        *,
        row_number() over (partition by actor_id order by articles desc, country_code) as rank,
        lead(articles) over (partition by actor_id order by articles desc, country_code) as runner_up
    from counted

)

select actor_id, country_code
from ranked
where rank = 1 and articles > coalesce(runner_up, 0);
