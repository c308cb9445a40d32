-- A seeded random sample of happenings with at least two reports, for the precision audit
-- (scripts/happenings_audit.py): $seed (0..1) and $n.
with candidates as (

    select happening_id from fact_happenings where n_reports >= 2

),

sampled as (

    select happening_id
    from candidates
    order by hash(happening_id || $seed), happening_id
    limit $n

)

select r.happening_id, r.event_type, b.statement_kind, r.event_id, r.article_id,
       r.reported_at, b.event_date, b.date_precision, b.location, r.trigger, r.sentence, r.title
from mart_happening_reports as r
inner join sampled using (happening_id)
inner join base_happening_reports as b using (event_id)
order by r.happening_id, r.reported_at, r.event_id
