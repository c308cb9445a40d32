-- The articles of a run that validation quarantines while the rest of the batch publishes
-- (row- and article-grain failures), each with the expectations its rows failed (JSON list).
create table if not exists stg_quarantine_picks (
    run_id               varchar not null,
    article_id           varchar not null,
    failed_expectations  varchar not null
);
