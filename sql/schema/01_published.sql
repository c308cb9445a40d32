-- Published warehouse: dimensions and facts (the public contract of ../shared/DESIGN.md).
-- Keys are deterministic hashes computed from content; no sequences. Every key is
-- newsledger.warehouse.keys.stable_id: the first 20 hex digits of the sha256 of its parts
-- joined by U+001F, the first part naming the kind of row ('article', 'actor', ...).

create table if not exists dim_articles (
    article_id    varchar primary key,      -- stable_id('article', source_kind, source)
    source        varchar not null,         -- file path or URL
    source_kind   varchar not null,         -- 'file' | 'url'
    title         varchar,
    language      varchar,
    published_at  timestamp,
    ingested_at   timestamp not null,
    body          varchar,
    content_hash  varchar not null,
    duplicate_of  varchar,                  -- article_id of the first copy, or null
    run_id        varchar not null,
    site_name     varchar,
    author        varchar,
    simhash       ubigint,
    raw_html      blob                      -- gzip of the original page, for re-extraction
);

create table if not exists dim_actors (
    actor_id        varchar primary key,    -- stable_id('actor', name_key(canonical_name))
    canonical_name  varchar not null,
    actor_type      varchar not null,       -- 'person' | 'organization' | 'country'
    country_code    varchar,                -- ISO 3166-1 alpha-2
    aliases         varchar[],
    first_run_id    varchar,
    last_run_id     varchar
);

create table if not exists dim_sentences (
    article_id      varchar not null,
    sentence_index  integer not null,
    char_start      integer not null,
    char_end        integer not null,
    text            varchar not null,
    primary key (article_id, sentence_index)
);

create table if not exists fact_actor_mentions (
    mention_id      varchar primary key,    -- stable_id('mention', article_id, char_start, char_end, actor_id)
    article_id      varchar not null,
    actor_id        varchar not null,
    surface         varchar not null,
    sentence_index  integer not null,
    char_start      integer not null,
    char_end        integer not null,
    role            varchar,
    run_id          varchar not null
);

create table if not exists fact_events (
    event_id        varchar primary key,    -- stable_id('event', article_id, event_type, sentence_index, char_start, char_end)
    article_id      varchar not null,
    event_type      varchar not null,
    trigger         varchar not null,
    sentence_index  integer not null,
    char_start      integer not null,
    char_end        integer not null,
    date_text       varchar,
    event_date      date,                   -- first day of the month/year when less precise
    date_precision  varchar,                -- 'day' | 'month' | 'year' | null
    location        varchar,
    confidence      double,
    run_id          varchar not null
);

create table if not exists fact_figures (
    figure_id       varchar primary key,    -- stable_id('figure', article_id, char_start, char_end)
    article_id      varchar not null,
    event_id        varchar,
    text            varchar not null,
    value           double not null,
    value_max       double,
    unit            varchar,
    currency        varchar,
    qualifier       varchar not null,
    sentence_index  integer not null,
    char_start      integer not null,
    char_end        integer not null,
    run_id          varchar not null
);

create table if not exists bridge_event_actors (
    event_id  varchar not null,
    actor_id  varchar not null,
    role      varchar not null,             -- 'source' | 'target' | 'participant'
    primary key (event_id, actor_id)
);
