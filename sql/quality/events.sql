with events as (

    select * from stg_events where run_id = $run_id

),

articles as (

    select article_id, body from stg_articles where run_id = $run_id

),

final as (

    select
        e.event_id, e.article_id, e.event_type, e.trigger, e.date_precision, e.confidence,
        e.statement_kind,
        e.char_start, e.char_end,
        a.article_id is not null as article_exists,
        coalesce(e.char_start >= 0 and e.char_start < e.char_end
                 and e.char_end <= length(a.body), false) as offsets_inside_body,
        coalesce(substring(a.body, e.char_start + 1, e.char_end - e.char_start) = e.trigger, false)
            as trigger_matches_body
    from events as e
    left join articles as a using (article_id)

)

select * from final
