-- base_happening_actors: one actor of a happening with its name, type, country and role, and
-- the happening's month (its event date, else its first report).
create or replace view base_happening_actors as
with happenings as (

    select
        *,
        date_trunc('month', coalesce(event_date, cast(first_reported_at as date))) as month
    from fact_happenings

),

final as (

    select
        h.happening_id, h.month, h.event_date, h.date_precision, h.event_type, h.location,
        h.quad_class, h.goldstein, h.n_reports, h.n_articles, h.n_sources,
        b.actor_id, b.role, a.canonical_name, a.actor_type, a.country_code
    from happenings as h
    inner join bridge_happening_actors as b using (happening_id)
    inner join dim_actors as a using (actor_id)

)

select * from final;
