-- Happenings and coding (issue 20). A happening is one real-world occurrence told by one or
-- more event mentions (fact_events rows) across articles; the linking rule is
-- sql/happenings/rule.sql. Coding: CAMEO root, QuadClass, Goldstein, PLOVER, from the files
-- of sql/coding/ (dim_event_types, dim_statement_kinds), loaded by sql/coding/load.sql.

alter table fact_events add column if not exists statement_kind varchar;   -- records.STATEMENT_KINDS, statements only
alter table fact_events add column if not exists happening_id varchar;     -- fact_happenings.happening_id
alter table fact_events add column if not exists cameo_root varchar;       -- '01' .. '20'
alter table fact_events add column if not exists quad_class integer;       -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
alter table fact_events add column if not exists goldstein double;         -- -10 .. +10
-- staging and quarantine keep the columns of fact_events (null there: publish derives them)
alter table stg_events add column if not exists statement_kind varchar;
alter table stg_events add column if not exists happening_id varchar;
alter table stg_events add column if not exists cameo_root varchar;
alter table stg_events add column if not exists quad_class integer;
alter table stg_events add column if not exists goldstein double;
alter table quarantine_events add column if not exists statement_kind varchar;
alter table quarantine_events add column if not exists happening_id varchar;
alter table quarantine_events add column if not exists cameo_root varchar;
alter table quarantine_events add column if not exists quad_class integer;
alter table quarantine_events add column if not exists goldstein double;

create table if not exists dim_event_types (
    event_type       varchar primary key,   -- records.EVENT_TYPES (the 14 scored types and 'other')
    cameo_root       varchar,               -- CAMEO root code, two digits
    cameo_code       varchar,               -- the CAMEO code the type is coded as (3 or 4 digits)
    quad_class       integer,
    plover           varchar,               -- PLOVER event category
    goldstein        double,                -- default Goldstein value of cameo_code
    source           varchar not null       -- where the mapping comes from
);

create table if not exists dim_statement_kinds (
    statement_kind   varchar primary key,   -- records.STATEMENT_KINDS
    cameo_root       varchar not null,
    cameo_code       varchar not null,
    quad_class       integer not null,
    plover           varchar,
    goldstein        double not null,
    source           varchar not null
);

create table if not exists dim_trigger_steps (
    event_type       varchar not null,      -- the type whose triggers it sorts
    stem             varchar not null,      -- first letters of a trigger word, folded (sql/happenings/rule.sql's stem)
    step             varchar not null,      -- the step of a legal case or the kind of election it names
    source           varchar not null,
    primary key (event_type, stem)
);

create table if not exists fact_happenings (
    happening_id        varchar primary key,  -- stable_id('happening', smallest event_id of the events that founded it)
    event_type          varchar not null,
    statement_kind      varchar,
    event_date          date,                 -- earliest date of the most precise precision among its reports
    date_precision      varchar,              -- 'day' | 'month' | 'year' | null (no report dates it)
    location            varchar,              -- the location most of its reports give
    n_reports           integer not null,     -- event mentions (fact_events rows)
    n_articles          integer not null,
    n_sources           integer not null,     -- distinct sites (site_name, URL host) or file folders
    first_reported_at   timestamp,            -- earliest publication of its reports' articles (null: none dated)
    last_reported_at    timestamp,
    event_id            varchar not null,     -- representative report: highest confidence, then first published, then event_id
    cameo_root          varchar,
    quad_class          integer,
    goldstein           double
);

create table if not exists bridge_happening_actors (
    happening_id  varchar not null,
    actor_id      varchar not null,
    role          varchar not null,           -- the role most of its reports give the actor
    n_reports     integer not null,           -- reports naming the actor
    primary key (happening_id, actor_id)
);
