-- A staged copy of a quarantined article (duplicate_of) goes with it: published alone it
-- would point at an article that is not there.
insert into stg_quarantine_picks
select d.run_id, d.article_id, p.failed_expectations
from stg_articles as d
inner join stg_quarantine_picks as p on p.run_id = d.run_id and p.article_id = d.duplicate_of
where d.run_id = $run_id
  and d.article_id not in (select article_id from stg_quarantine_picks where run_id = $run_id);
