-- dim_event_types, dim_statement_kinds and dim_trigger_steps (read by the linking rule) from
-- the CSV files beside this one, replaced whole at each publish (the files are the
-- reference). {event_types}, {statement_kinds} and {trigger_steps}: their paths, filled in by newsledger.warehouse.happenings.load_coding.

delete from dim_event_types;

insert into dim_event_types by name
select * from read_csv('{event_types}', header = true, types = {{'cameo_root': 'varchar', 'cameo_code': 'varchar'}});

delete from dim_statement_kinds;

insert into dim_statement_kinds by name
select * from read_csv('{statement_kinds}', header = true, types = {{'cameo_root': 'varchar', 'cameo_code': 'varchar'}});

delete from dim_trigger_steps;

insert into dim_trigger_steps by name
select * from read_csv('{trigger_steps}', header = true, types = {{'stem': 'varchar'}});

-- Code every event not coded yet (new ones, and a warehouse published before coding): a
-- statement by its kind when it has one, else by its type.
update fact_events as e
set cameo_root = c.cameo_root, quad_class = c.quad_class, goldstein = c.goldstein
from (
    select
        f.event_id,
        coalesce(k.cameo_root, t.cameo_root) as cameo_root,
        coalesce(k.quad_class, t.quad_class) as quad_class,
        coalesce(k.goldstein, t.goldstein) as goldstein
    from fact_events as f
    inner join dim_event_types as t using (event_type)
    left join dim_statement_kinds as k
        on f.event_type = 'statement' and k.statement_kind = f.statement_kind
    where f.cameo_root is null and t.cameo_root is not null
) as c
where e.event_id = c.event_id;
