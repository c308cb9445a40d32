with sentences as (

    select * from stg_sentences where run_id = $run_id

),

articles as (

    select article_id, body from stg_articles where run_id = $run_id

),

final as (

    select
        s.article_id, s.sentence_index, s.char_start, s.char_end,
        a.article_id is not null as article_exists,
        coalesce(s.char_start >= 0 and s.char_start < s.char_end
                 and s.char_end <= length(a.body), false) as offsets_inside_body,
        coalesce(substring(a.body, s.char_start + 1, s.char_end - s.char_start) = s.text, false)
            as text_matches_body
    from sentences as s
    left join articles as a using (article_id)

)

select * from final
