-- Every written form of an actor's name, one row per article that wrote it so: spelling
-- variants of one actor ("Assimi Goïta" / "Assimi Goita", "Etat islamique" / "État
-- islamique") share an actor_id (keys.name_key folds case, accents and apostrophes), and
-- dim_actors.canonical_name is the form written by the most articles (sql/publish/03_actors.sql).
create table if not exists actor_name_forms (
    actor_id        varchar not null,
    canonical_name  varchar not null,
    article_id      varchar not null,
    run_id          varchar not null,
    primary key (actor_id, canonical_name, article_id)
);

-- A warehouse published before this table existed: its actors' names count once per
-- article that mentions them (a no-op once the table has rows).
insert into actor_name_forms
select distinct m.actor_id, a.canonical_name, m.article_id, m.run_id
from fact_actor_mentions as m
inner join dim_actors as a using (actor_id)
where (select count(*) from actor_name_forms) = 0;
