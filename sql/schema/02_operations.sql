-- Operational tables: runs, rejected inputs.

create table if not exists load_runs (
    run_id               varchar primary key,
    flow_run_id          varchar,
    started_at           timestamp not null,
    finished_at          timestamp,
    status               varchar not null,   -- 'running' while in progress, then 'succeeded' | 'partial' | 'rejected' | 'failed'
    inputs_total         integer default 0,
    inputs_new           integer default 0,
    inputs_changed       integer default 0,
    inputs_skipped       integer default 0,
    inputs_duplicate     integer default 0,
    inputs_rejected      integer default 0,
    articles_published   integer default 0,
    actors_published     integer default 0,
    mentions_published   integer default 0,
    figures_published    integer default 0,
    events_published     integer default 0,
    expectations_failed  integer default 0,
    validation_success   boolean,
    report_path          varchar,
    data_docs_path       varchar,
    message              varchar,
    pid                  integer,
    host                 varchar
);

create table if not exists ingest_errors (
    run_id  varchar not null,
    source  varchar not null,
    stage   varchar not null,
    error   varchar not null,
    "at"    timestamp not null
);
