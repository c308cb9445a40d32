-- Where an article came from beyond its source: its URL and the publisher's section, when
-- the input gives them (article dumps: `url`, `section`; web pages: their URL is the source).
alter table dim_articles add column if not exists url varchar;
alter table dim_articles add column if not exists section varchar;
alter table stg_articles add column if not exists url varchar;
alter table stg_articles add column if not exists section varchar;
alter table quarantine_articles add column if not exists url varchar;
alter table quarantine_articles add column if not exists section varchar;
