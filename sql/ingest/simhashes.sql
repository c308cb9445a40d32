-- Fingerprints of published originals, for near-duplicate detection of new pages.
select article_id, simhash from dim_articles where simhash is not null and duplicate_of is null
