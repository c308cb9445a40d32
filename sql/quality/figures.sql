with figures as (

    select * from stg_figures where run_id = $run_id

),

articles as (

    select article_id, body from stg_articles where run_id = $run_id

),

events as (

    select event_id, article_id from stg_events where run_id = $run_id

),

final as (

    select
        f.figure_id, f.article_id, f.event_id, f.text, f.value, f.value_max, f.unit,
        f.currency, f.qualifier, f.char_start, f.char_end,
        f.value_max is null or f.value_max >= f.value as range_ordered,
        a.article_id is not null as article_exists,
        f.event_id is null or e.event_id is not null as event_exists,
        coalesce(f.char_start >= 0 and f.char_start < f.char_end
                 and f.char_end <= length(a.body), false) as offsets_inside_body,
        coalesce(substring(a.body, f.char_start + 1, f.char_end - f.char_start) = f.text, false)
            as text_matches_body
    from figures as f
    left join articles as a using (article_id)
    left join events as e on e.event_id = f.event_id and e.article_id = f.article_id

)

select * from final
