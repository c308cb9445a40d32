-- The articles validation blamed (registered by the caller as quarantine_picks_batch).
insert into stg_quarantine_picks by name select * from quarantine_picks_batch;
