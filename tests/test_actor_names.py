"""One actor, one name, one type, across articles (the real staging and publish SQL on a
DuckDB file): spelling variants of a name resolve to one actor_id; its canonical name is the
form most articles write (ties: the form with diacritics), every form is kept in aliases,
and the id stays when the majority changes. A name typed two ways by two articles is one
actor whose type is the one most articles give (ties alphabetical), logged in
actor_type_conflicts. A warehouse written with the old type-bearing ids is rewritten once.

Extraction is not run here: each article's mentions are given as records, as extraction
would write them (the flow itself is covered by the end-to-end tests)."""
from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import duckdb

from newsledger.records import ActorMention, ArticleFacts, SourceDocument
from newsledger.warehouse import keys
from newsledger.warehouse.db import ACTOR_ID_MIGRATIONS, ensure_schema, run_statements, transaction
from newsledger.warehouse.publish import publish
from newsledger.warehouse.stage import StagedArticle, stage_batch


def article(source: str, *names: tuple[str, str], country: str | None = None) -> StagedArticle:
    """An article whose text names each (canonical name, type) once, one per sentence, each
    tied to `country`."""
    body = " ".join(f"{name} a parlé." for name, _ in names)
    doc = SourceDocument(source=source, source_kind="file", title=None, body=body,
                         content_hash=hashlib.sha256(body.encode()).hexdigest(), language="fr")
    mentions, start = [], 0
    for i, (name, kind) in enumerate(names):
        mentions.append(ActorMention(surface=name, canonical_name=name, actor_type=kind,
                                     country_code=country, sentence_index=i, char_start=start,
                                     char_end=start + len(name)))
        start += len(name) + len(" a parlé. ")
    return StagedArticle(doc=doc, article_id=keys.article_id("file", source),
                         facts=ArticleFacts(mentions=mentions))


def load(db: Path, run_id: str, *articles: StagedArticle) -> None:
    """Stage the articles under `run_id` and publish them, as the flow's tasks do."""
    with duckdb.connect(str(db)) as con:
        ensure_schema(con)
        with transaction(con):
            stage_batch(con, list(articles), run_id, datetime(2026, 1, 1))
        publish(con, run_id)


def actors(db: Path, pattern: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select actor_id, canonical_name, actor_type, aliases from dim_actors "
                           "where canonical_name ilike ? order by actor_id", [pattern]).fetchall()


def test_spelling_variants_are_one_actor_named_by_the_majority(tmp_path):
    db = tmp_path / "names.duckdb"
    load(db, "r1", article("a", ("Assimi Goïta", "person")), article("b", ("Assimi Goita", "person")))
    [(actor_id, name, kind, aliases)] = actors(db, "Assimi Go%")
    assert (name, kind) == ("Assimi Goïta", "person")          # a tie: the form with diacritics
    assert "Assimi Goita" in aliases

    load(db, "r2", article("c", ("Assimi Goita", "person")))   # now two articles write "Goita"
    [(same_id, name, _, aliases)] = actors(db, "Assimi Go%")
    assert same_id == actor_id and name == "Assimi Goita"
    assert "Assimi Goïta" in aliases and name not in aliases
    with duckdb.connect(str(db), read_only=True) as con:       # every mention still points at it
        ids = {r[0] for r in con.execute("select distinct actor_id from fact_actor_mentions").fetchall()}
    assert ids == {actor_id}


def test_a_name_typed_two_ways_is_one_actor_of_the_majority_type(tmp_path):
    db = tmp_path / "types.duckdb"
    load(db, "r1", article("a", ("Fianna Fáil", "organization")), article("b", ("Fianna Fáil", "person")))
    [(actor_id, _, kind, _)] = actors(db, "Fianna F%")
    assert kind == "organization"                               # a tie: alphabetical order
    with duckdb.connect(str(db), read_only=True) as con:
        [logged] = con.execute("select run_id, actor_id, chosen_type, articles_by_type "
                               "from actor_type_conflicts").fetchall()
    assert logged == ("r1", actor_id, "organization", {"organization": 1, "person": 1})

    load(db, "r2", article("c", ("Fianna Fáil", "person")), article("d", ("Fianna Fáil", "person")))
    [(same_id, _, kind, _)] = actors(db, "Fianna F%")
    assert (same_id, kind) == (actor_id, "person")             # three articles against one
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select chosen_type from actor_type_conflicts where run_id = 'r2'"
                           ).fetchall() == [("person",)]


def test_an_actor_is_tied_to_the_state_most_articles_give_it(tmp_path):
    """One article ties the president to the country he visits; the state of the actor is
    the one given by the most articles, and it follows a new majority (the id stays)."""
    db = tmp_path / "states.duckdb"
    states = lambda: {r[1]: r[0] for r in duckdb.connect(str(db), read_only=True).execute(  # noqa: E731
        "select country_code, canonical_name from dim_actors").fetchall()}
    load(db, "r1", article("a", ("Paul Martin", "person"), country="CA"),
         article("b", ("Paul Martin", "person"), country="FR"),
         article("c", ("Paul Martin", "person"), country="FR"))
    assert states() == {"Paul Martin": "FR"}
    load(db, "r2", *(article(s, ("Paul Martin", "person"), country="CA") for s in "defg"))
    assert states() == {"Paul Martin": "CA"}


def test_two_states_given_by_as_many_articles_give_no_state(tmp_path):
    """A tie settles nothing: no state rather than the first in the alphabet; one more
    article for one of them decides."""
    db = tmp_path / "tie.duckdb"
    states = lambda: {r[1]: r[0] for r in duckdb.connect(str(db), read_only=True).execute(  # noqa: E731
        "select country_code, canonical_name from dim_actors").fetchall()}
    load(db, "r1", article("a", ("Paul Martin", "person"), country="FR"),
         article("b", ("Paul Martin", "person"), country="EG"),
         article("c", ("Paul Martin", "person")))
    assert states() == {"Paul Martin": None}
    load(db, "r2", article("d", ("Paul Martin", "person"), country="FR"))
    assert states() == {"Paul Martin": "FR"}


def test_one_type_everywhere_logs_no_conflict(tmp_path):
    db = tmp_path / "one.duckdb"
    load(db, "r1", article("a", ("Iran", "country")), article("b", ("Iran", "country")))
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from actor_type_conflicts").fetchone()[0] == 0


# A warehouse as an older newsledger wrote it: ids carried the type, so "Golos" typed as an
# organisation by two articles and as a person by one was two actors; no name forms yet.
OLD_WAREHOUSE = """
insert into dim_actors values
    ('old-golos-org', 'Golos', 'organization', null, [], 'r0', 'r0'),
    ('old-golos-per', 'Golos', 'person', null, [], 'r0', 'r0'),
    ('old-iran', 'Iran', 'country', 'IR', [], 'r0', 'r0');
insert into fact_actor_mentions (mention_id, article_id, actor_id, surface, sentence_index, char_start, char_end,
                                 role, run_id) values
    ('m1', 'a', 'old-golos-org', 'Golos', 0, 0, 5, null, 'r0'),
    ('m2', 'b', 'old-golos-per', 'Golos', 0, 0, 5, null, 'r0'),
    ('m3', 'c', 'old-golos-org', 'Golos', 0, 0, 5, null, 'r0'),
    ('m4', 'a', 'old-iran', 'Iran', 1, 10, 14, null, 'r0');
insert into fact_events (event_id, article_id, event_type, trigger, sentence_index, char_start,
                         char_end, date_text, event_date, date_precision, location, confidence, run_id) values
    ('e1', 'a', 'statement', 'Golos', 0, 0, 5, null, null, null, null, 0.5, 'r0');
insert into bridge_event_actors values ('e1', 'old-golos-org', 'source'), ('e1', 'old-golos-per', 'target');
delete from actor_name_forms;
delete from warehouse_migrations;
"""


def test_a_warehouse_with_type_bearing_ids_is_rewritten_once(tmp_path):
    """The two old actors of one name become one of the majority type; every id is the one
    the new scheme gives; a second opening changes nothing."""
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as con:
        ensure_schema(con)
        run_statements(con, OLD_WAREHOUSE)
    golos, iran = keys.actor_id("Golos"), keys.actor_id("Iran")
    for _ in range(2):
        with duckdb.connect(str(db)) as con:
            ensure_schema(con)
            assert con.execute("select actor_id, canonical_name, actor_type, country_code from dim_actors "
                               "order by 2").fetchall() == [(golos, "Golos", "organization", None),
                                                            (iran, "Iran", "country", "IR")]
            assert con.execute("select mention_id, actor_id from fact_actor_mentions order by 1").fetchall() == [
                ("m1", golos), ("m2", golos), ("m3", golos), ("m4", iran)]
            assert con.execute("select * from bridge_event_actors").fetchall() == [("e1", golos, "source")]
            assert con.execute("select count(*) from warehouse_migrations").fetchone()[0] == len(ACTOR_ID_MIGRATIONS)


# A warehouse keyed before hyphens were folded: "Jean-Luc Mélenchon" and "Jean Luc Mélenchon"
# were two actors (ids from the old key, which kept the hyphen), named together by one event.
HYPHENED_WAREHOUSE = """
insert into dim_actors values
    ('{hyphen}', 'Jean-Luc Mélenchon', 'person', 'FR', [], 'r0', 'r0'),
    ('{space}', 'Jean Luc Mélenchon', 'person', 'FR', [], 'r0', 'r0');
insert into fact_actor_mentions (mention_id, article_id, actor_id, surface, sentence_index, char_start, char_end,
                                 role, run_id) values
    ('m1', 'a', '{hyphen}', 'Jean-Luc Mélenchon', 0, 0, 18, null, 'r0'),
    ('m2', 'b', '{hyphen}', 'Jean-Luc Mélenchon', 0, 0, 18, null, 'r0'),
    ('m3', 'c', '{space}', 'Jean Luc Mélenchon', 0, 0, 18, null, 'r0');
insert into actor_name_forms (actor_id, canonical_name, article_id, run_id, actor_type, country_code) values
    ('{hyphen}', 'Jean-Luc Mélenchon', 'a', 'r0', 'person', 'FR'),
    ('{hyphen}', 'Jean-Luc Mélenchon', 'b', 'r0', 'person', 'FR'),
    ('{space}', 'Jean Luc Mélenchon', 'c', 'r0', 'person', null);
insert into fact_events (event_id, article_id, event_type, trigger, sentence_index, char_start,
                         char_end, date_text, event_date, date_precision, location, confidence, run_id,
                         happening_id) values
    ('e1', 'a', 'statement', 'a dit', 0, 0, 5, null, null, null, null, 0.5, 'r0', 'h1');
insert into bridge_event_actors values ('e1', '{hyphen}', 'source'), ('e1', '{space}', 'source');
delete from warehouse_migrations where name = 'actor_ids_without_hyphens';
"""


def test_hyphen_variants_of_a_name_become_one_actor_once(tmp_path):
    """Name keys fold hyphens: the two actors become one under the new id, named as most
    articles write it, the other form an alias; events and happenings follow; a second
    opening changes nothing."""
    old = lambda name: keys.stable_id("actor", name.casefold().replace("é", "e"))   # noqa: E731
    db = tmp_path / "hyphens.duckdb"
    with duckdb.connect(str(db)) as con:
        ensure_schema(con)
        run_statements(con, HYPHENED_WAREHOUSE.format(hyphen=old("Jean-Luc Mélenchon"),
                                                      space=old("Jean Luc Mélenchon")))
    new = keys.actor_id("Jean-Luc Mélenchon")
    assert new == keys.actor_id("Jean Luc Mélenchon") == keys.actor_id("JEAN - LUC MELENCHON")
    for _ in range(2):
        with duckdb.connect(str(db)) as con:
            ensure_schema(con)
            assert con.execute("select actor_id, canonical_name, aliases from dim_actors").fetchall() == [
                (new, "Jean-Luc Mélenchon", ["Jean Luc Mélenchon"])]
            assert {r[0] for r in con.execute("select actor_id from fact_actor_mentions").fetchall()} == {new}
            assert con.execute("select * from bridge_event_actors").fetchall() == [("e1", new, "source")]
            assert con.execute("select happening_id, actor_id from bridge_happening_actors").fetchall() == [
                ("h1", new)]
