-- The article's reporter (issues 18 and 19). A mention of the news agency the article's
-- speakers address ("a déclaré à l'AFP") is an actor of the article, as the guidelines' gold
-- lists it, and takes part in none of its events; `reporter` marks such a mention
-- (records.ActorMention.reporter) so that questions of who acted can leave it out. Null on
-- the rows of a warehouse loaded before the column existed: unknown, not false.
alter table fact_actor_mentions add column if not exists reporter boolean;
alter table stg_actor_mentions add column if not exists reporter boolean;
alter table quarantine_actor_mentions add column if not exists reporter boolean;
