-- A run whose validation quarantined some articles and published the rest is 'partial';
-- articles_quarantined counts the articles it kept in quarantine_* (issue: validation at
-- the grain of the article).
alter table load_runs add column if not exists articles_quarantined integer default 0;
