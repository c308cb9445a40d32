with mentions as (

    select * from stg_actor_mentions where run_id = $run_id

),

articles as (

    select article_id, body from stg_articles where run_id = $run_id

),

sentences as (

    select article_id, sentence_index from stg_sentences where run_id = $run_id

),

final as (

    select
        m.mention_id, m.article_id, m.actor_id, m.surface, m.actor_type, m.canonical_name,
        m.sentence_index, m.char_start, m.char_end,
        a.article_id is not null as article_exists,
        s.article_id is not null as sentence_exists,
        coalesce(m.char_start >= 0 and m.char_start < m.char_end
                 and m.char_end <= length(a.body), false) as offsets_inside_body,
        coalesce(substring(a.body, m.char_start + 1, m.char_end - m.char_start) = m.surface, false)
            as surface_matches_body
    from mentions as m
    left join articles as a using (article_id)
    left join sentences as s using (article_id, sentence_index)

)

select * from final
