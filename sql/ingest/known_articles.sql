-- What the warehouse already holds for a batch of inputs: same source, or same content.
select article_id, source, content_hash, duplicate_of
from dim_articles
where article_id in (select unnest($article_ids))
   or content_hash in (select unnest($content_hashes))
