-- Inputs this run rejected, with the stage and the reason.
select source, stage, error from ingest_errors where run_id = $run_id order by source, stage
