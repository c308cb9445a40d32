-- The sources of the web pages already in the warehouse: URL lists and feeds fetch only
-- the entries not among them.
select source from dim_articles where source_kind = 'url'
