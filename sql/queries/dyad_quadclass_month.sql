-- How did cooperation and conflict between two actors evolve month by month? Happenings,
-- reports and mean Goldstein per dyad, month and QuadClass (the most reported dyads first).
-- newsledger query --file sql/queries/dyad_quadclass_month.sql
with dyads as (

    select * from mart_dyad_month_quadclass

),

busiest as (

    select actor_1, actor_2, sum(happenings) as total
    from dyads
    group by all
    order by total desc, actor_1, actor_2
    limit 20

),

final as (

    select d.actor_1, d.actor_2, strftime(d.month, '%Y-%m') as month, d.quad_class,
           d.happenings, d.reports, d.mean_goldstein
    from dyads as d
    inner join busiest as b using (actor_1, actor_2)
    order by b.total desc, d.actor_1, d.actor_2, month, d.quad_class

)

select * from final
