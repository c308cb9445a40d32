-- fact_happenings and bridge_happening_actors, rebuilt from the linked events (fact_events
-- .happening_id) in the publish transaction: the counts always agree with the events
-- (an aggregate over the events, cheap next to extraction). The reports come from the
-- view base_happening_reports (sql/marts/).

delete from fact_happenings;

insert into fact_happenings by name
with reports as (

    select
        *,
        case date_precision when 'day' then 1 when 'month' then 2 when 'year' then 3 end as precision_rank
    from base_happening_reports

),

dated as (

    select happening_id, min(precision_rank) as best_rank
    from reports
    group by happening_id

),

places as (

    select happening_id, location
    from reports
    where location is not null
    group by happening_id, location
    qualify row_number() over (partition by happening_id order by count(*) desc, location) = 1

),

representative as (

    select happening_id, event_id, event_type, statement_kind, cameo_root, quad_class, goldstein
    from reports
    qualify row_number() over (
        partition by happening_id order by confidence desc nulls last, published_at nulls last, event_id) = 1

),

counted as (

    select
        r.happening_id,
        min(r.event_date) filter (where r.precision_rank = d.best_rank) as event_date,
        case min(d.best_rank) when 1 then 'day' when 2 then 'month' when 3 then 'year' end as date_precision,
        count(*) as n_reports,
        count(distinct r.article_id) as n_articles,
        count(distinct r.origin) as n_sources,
        min(r.published_at) as first_reported_at,
        max(r.published_at) as last_reported_at
    from reports as r
    inner join dated as d using (happening_id)
    group by r.happening_id

),

final as (

    select
        c.happening_id, rep.event_type, rep.statement_kind, c.event_date, c.date_precision,
        p.location, c.n_reports, c.n_articles, c.n_sources, c.first_reported_at,
        c.last_reported_at, rep.event_id, rep.cameo_root, rep.quad_class, rep.goldstein
    from counted as c
    inner join representative as rep using (happening_id)
    left join places as p using (happening_id)

)

select * from final;

delete from bridge_happening_actors;

insert into bridge_happening_actors by name
with named as (

    select e.happening_id, b.actor_id, b.role, count(*) as n
    from fact_events as e
    inner join bridge_event_actors as b using (event_id)
    where e.happening_id is not null
    group by e.happening_id, b.actor_id, b.role

),

final as (

    select
        happening_id, actor_id,
        arg_max(role, n * 10 + case role when 'source' then 3 when 'target' then 2 else 1 end) as role,
        sum(n) as n_reports
    from named
    group by happening_id, actor_id

)

select * from final;
