"""Happenings: event mentions linked across articles, through the real staging and publish
path on a small DuckDB file (the linking rule is sql/happenings/rule.sql)."""
from __future__ import annotations

from datetime import datetime

import pytest

from newsledger.records import ActorMention, ArticleFacts, Event, EventActor, Sentence, SourceDocument
from newsledger.warehouse import db as wdb
from newsledger.warehouse.linking import link
from newsledger.warehouse.publish import publish
from newsledger.warehouse.stage import StagedArticle, stage_batch

# Our own short sentences (no article text): actor, verb, date.
PYONGYANG = ("Corée du Nord", "country", "KP")
SEOUL = ("Corée du Sud", "country", "KR")


def article(name: str, published: str, sentence: str, trigger: str, event_type: str,
            actors: list[tuple[tuple[str, str, str], str]], date: str | None = None,
            precision: str | None = None, kind: str | None = None, site: str = "exemple.fr"):
    """One article of one sentence with one event; actors: ((name, type, country), role)."""
    mentions = []
    for (actor, actor_type, country), _role in actors:
        start = sentence.index(actor)
        mentions.append(ActorMention(actor, actor, actor_type, country, 0, start, start + len(actor)))
    start = sentence.index(trigger)
    event = Event(event_type, trigger, 0, start, start + len(trigger), event_date=date,
                  date_precision=precision, confidence=0.8, statement_kind=kind,
                  actors=[EventActor(a[0], role) for a, role in actors])
    facts = ArticleFacts(sentences=[Sentence(0, 0, len(sentence), sentence)], mentions=mentions,
                         events=[event])
    doc = SourceDocument(source=f"https://{site}/{name}", source_kind="url", title=None,
                         body=sentence, content_hash=name, language="fr", published_at=published,
                         site_name=site)
    return StagedArticle(doc=doc, article_id=f"a-{name}", facts=facts)


def load(con, run_id: str, *articles: StagedArticle) -> dict:
    stage_batch(con, list(articles), run_id, datetime(2024, 1, 1))
    return publish(con, run_id)


def happenings(con) -> dict[str, list[str]]:
    """happening_id -> the articles of its reports."""
    rows = con.execute("select happening_id, list(article_id order by article_id) "
                       "from fact_events where happening_id is not null group by 1").fetchall()
    return dict(rows)


@pytest.fixture
def con(tmp_path):
    c = wdb.connect(tmp_path / "h.duckdb")
    wdb.ensure_schema(c)
    yield c
    c.close()


def launch(name, published, date=None, precision=None, actor=PYONGYANG, site="exemple.fr"):
    text = f"{actor[0]} a lancé un satellite."
    return article(name, published, text, "a lancé", "launch", [(actor, "source")], date, precision,
                   site=site)


def test_two_reports_of_one_launch_are_one_happening(con):
    load(con, "r1", launch("un", "2024-03-02", "2024-03-01", "day"),
         launch("deux", "2024-03-03", "2024-03-01", "day", site="autre.fr"))
    found = happenings(con)
    assert list(found.values()) == [["a-deux", "a-un"]]
    row = con.execute("select n_reports, n_articles, n_sources, event_date, date_precision, "
                      "event_type, cameo_root, quad_class from fact_happenings").fetchall()
    assert [tuple(map(str, r)) for r in row] == [("2", "2", "2", "2024-03-01", "day", "launch", "15", "4")]
    assert con.execute("select count(*) from bridge_happening_actors").fetchone()[0] == 1


def test_bridging_report_merges_and_rerun_keeps_ids(con):
    load(con, "r1", launch("un", "2024-03-02", "2024-03-01", "day"))
    load(con, "r2", launch("deux", "2024-03-04", "2024-03-03", "day"))
    apart = happenings(con)
    assert len(apart) == 2                        # two days apart: two launches
    # undated, published on the 3rd: within the lookback of both -> bridges them
    load(con, "r3", launch("trois", "2024-03-03"))
    merged = happenings(con)
    assert list(merged.values()) == [["a-deux", "a-trois", "a-un"]]
    assert set(merged) <= set(apart)              # the merged happening keeps one of the old ids
    assert list(merged) == [min(apart)]
    before = con.execute("select * from fact_happenings order by all").fetchall()
    load(con, "r4")                               # a run with nothing new
    assert happenings(con) == merged
    assert con.execute("select * from fact_happenings order by all").fetchall() == before


def test_different_dates_or_actors_stay_apart(con):
    load(con, "r1", launch("un", "2024-03-02", "2024-03-01", "day"),
         launch("deux", "2024-03-12", "2024-03-11", "day"),
         launch("trois", "2024-03-02", "2024-03-01", "day", actor=SEOUL))
    assert sorted(map(len, happenings(con).values())) == [1, 1, 1]


def test_opposite_statements_stay_apart_and_are_coded_by_kind(con):
    a = article("un", "2024-03-02", "Corée du Nord a condamné Corée du Sud.", "a condamné",
                "statement", [(PYONGYANG, "source"), (SEOUL, "target")], kind="disapprove")
    b = article("deux", "2024-03-02", "Corée du Sud a condamné Corée du Nord.", "a condamné",
                "statement", [(SEOUL, "source"), (PYONGYANG, "target")], kind="disapprove")
    load(con, "r1", a, b)
    assert len(happenings(con)) == 2
    coded = con.execute("select distinct cameo_root, quad_class, goldstein from fact_events").fetchall()
    assert coded == [("11", 3, -2.0)]


def test_link_components_pure():
    found = link(["e3", "e4"], [("e3", "e1", "h1"), ("e3", "e2", "h2"), ("e4", "e5", None)])
    assert found.links["e3"] == "h1" and found.merges == {"h2": "h1"}
    assert found.links["e4"].startswith("") and len(found.links["e4"]) == 20
    assert link([], []).links == {}
