-- The articles run $run_id kept in quarantine, with the expectations each one failed.
select article_id, source, failed_expectations
from quarantine_articles
where run_id = $run_id
order by source;
