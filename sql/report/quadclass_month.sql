-- Happenings of the whole warehouse per month and QuadClass, dated by their own date or,
-- undated, by their first report.
select
    strftime(coalesce(event_date, cast(first_reported_at as date)), '%Y-%m') as month,
    quad_class,
    count(*) as happenings
from fact_happenings
where quad_class is not null and coalesce(event_date, cast(first_reported_at as date)) is not null
group by all
order by month, quad_class
