-- One row per happening in GDELT 2.0's event layout (columns documented in docs/gdelt_export.md).
-- Actor1 is the happening's most reported source (else participant), Actor2 its most reported
-- target (else another participant); the country codes are ISO alpha-2 here, made CAMEO/ISO
-- alpha-3 by newsledger.warehouse.gdelt.
with happenings as (

    select
        h.*,
        coalesce(h.event_date, cast(h.first_reported_at as date)) as day
    from fact_happenings as h

),

ranked as (

    select
        b.happening_id, a.canonical_name, a.country_code, b.role,
        row_number() over (
            partition by b.happening_id
            order by case b.role when 'source' then 0 when 'participant' then 1 else 2 end,
                     b.n_reports desc, a.canonical_name) as first_rank,
        row_number() over (
            partition by b.happening_id
            order by case b.role when 'target' then 0 when 'participant' then 1 else 2 end,
                     b.n_reports desc, a.canonical_name) as second_rank
    from bridge_happening_actors as b
    inner join dim_actors as a using (actor_id)

),

actor1 as (

    select happening_id, canonical_name, country_code from ranked where first_rank = 1

),

actor2 as (

    select r.happening_id, r.canonical_name, r.country_code
    from ranked as r
    left join actor1 as a1 using (happening_id)
    where r.canonical_name <> a1.canonical_name and r.role <> 'source'
    qualify row_number() over (partition by r.happening_id order by r.second_rank) = 1

),

representative as (

    select e.event_id, e.sentence_index, coalesce(a.url, a.source) as url
    from fact_events as e
    inner join dim_articles as a using (article_id)

),

coded as (

    select event_type, cameo_code from dim_event_types
    where cameo_code is not null

),

kinds as (

    select statement_kind, cameo_code from dim_statement_kinds

),

final as (

    select
        h.happening_id,
        cast(strftime(h.day, '%Y%m%d') as integer) as SQLDATE,
        cast(strftime(h.day, '%Y%m') as integer) as MonthYear,
        year(h.day) as Year,
        round(year(h.day) + (dayofyear(h.day) - 1) / 365.0, 4) as FractionDate,
        a1.canonical_name as Actor1Name,
        a1.country_code as Actor1CountryCode,
        a2.canonical_name as Actor2Name,
        a2.country_code as Actor2CountryCode,
        case when r.sentence_index <= 2 then 1 else 0 end as IsRootEvent,
        coalesce(k.cameo_code, c.cameo_code) as EventCode,
        substr(coalesce(k.cameo_code, c.cameo_code), 1, 3) as EventBaseCode,
        h.cameo_root as EventRootCode,
        h.quad_class as QuadClass,
        h.goldstein as GoldsteinScale,
        h.n_reports as NumMentions,
        h.n_sources as NumSources,
        h.n_articles as NumArticles,
        h.location as ActionGeo_FullName,
        cast(strftime(h.first_reported_at, '%Y%m%d%H%M%S') as bigint) as DATEADDED,
        r.url as SOURCEURL
    from happenings as h
    left join actor1 as a1 using (happening_id)
    left join actor2 as a2 using (happening_id)
    left join representative as r on r.event_id = h.event_id
    left join coded as c on c.event_type = h.event_type
    left join kinds as k on h.event_type = 'statement' and k.statement_kind = h.statement_kind
    where h.cameo_root is not null

)

select * from final order by SQLDATE, happening_id
