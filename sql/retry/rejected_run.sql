-- The rejected run whose batch is still in quarantine: the one asked for ($run_id), or the
-- latest one when $run_id is null.
with quarantined as (

    select run_id, count(*) as articles
    from quarantine_articles
    group by run_id

),

final as (

    select r.run_id, r.started_at, r.status, q.articles
    from load_runs as r
    inner join quarantined as q using (run_id)
    where $run_id is null or r.run_id = $run_id

)

select * from final
order by started_at desc
limit 1
