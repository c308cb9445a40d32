-- The recall check of happenings (scripts/happenings_recall.py): find the event of each
-- locator of docs/audits/happenings_recall.csv in this warehouse. A locator names a mention
-- independently of the path the dump was loaded from: the corpus record id ($records: the
-- part of dim_articles.source after '#', as `newsledger run DUMP` writes `DUMP#id`), the
-- trigger's character offsets in the article ($char_starts, $char_ends) and the event type
-- ($event_types); the four lists have one entry per locator, in the same order. One row per
-- locator and event found: a locator with no row is not in this warehouse, one with two rows
-- is ambiguous (the same record loaded under two paths), and the script reports both.
with locators as (

    select unnest($records) as record,
           unnest($char_starts) as char_start,
           unnest($char_ends) as char_end,
           unnest($event_types) as event_type,
           generate_subscripts($records, 1) as locator

),

final as (

    select l.locator, e.event_id, a.source
    from locators as l
    inner join dim_articles as a
        on a.source_kind = 'file' and ends_with(a.source, '#' || l.record)
    inner join fact_events as e
        on e.article_id = a.article_id and e.event_type = l.event_type
       and e.char_start = l.char_start and e.char_end = l.char_end

)

select * from final
order by locator, event_id
