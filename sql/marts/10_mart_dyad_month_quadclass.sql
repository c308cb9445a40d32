-- mart_dyad_month_quadclass: who did what to whom, month by month, in QuadClass terms
-- (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
-- A dyad is a source and a target of one happening; a happening with participants only
-- (a meeting) gives every unordered pair of its participants (actor_1 < actor_2 by name).
create or replace view mart_dyad_month_quadclass as
with actors as (

    select * from base_happening_actors where quad_class is not null

),

directed as (

    select s.happening_id, s.month, s.quad_class, s.goldstein, s.n_reports,
           s.canonical_name as actor_1, s.country_code as country_1,
           t.canonical_name as actor_2, t.country_code as country_2
    from actors as s
    inner join actors as t on t.happening_id = s.happening_id and t.actor_id <> s.actor_id
    where s.role = 'source' and t.role = 'target'

),

undirected as (

    select p.happening_id, p.month, p.quad_class, p.goldstein, p.n_reports,
           p.canonical_name as actor_1, p.country_code as country_1,
           q.canonical_name as actor_2, q.country_code as country_2
    from actors as p
    inner join actors as q on q.happening_id = p.happening_id and p.canonical_name < q.canonical_name
    where p.role = 'participant' and q.role = 'participant'
      and not exists (select 1 from directed as d where d.happening_id = p.happening_id)

),

dyads as (

    select * from directed
    union all
    select * from undirected

),

final as (

    select
        actor_1, country_1, actor_2, country_2, month, quad_class,
        count(distinct happening_id) as happenings,
        sum(n_reports) as reports,
        round(avg(goldstein), 2) as mean_goldstein
    from dyads
    group by all

)

select * from final;
