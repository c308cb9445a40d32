-- A run started by `newsledger run --retry-rejected` re-validates the quarantined batch of
-- an earlier rejected run: retry_of links the two (the report shows the link).
alter table load_runs add column if not exists retry_of varchar;
