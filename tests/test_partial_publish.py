"""Validation at the grain of the article (a real flow, DuckDB and Great Expectations): an
article corrupted on purpose in a staged batch is quarantined alone while the others publish;
too large a share of failing articles, or a structural failure, rejects the batch whole."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest


ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))[:3]


def tables(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        run = con.execute("select status, articles_published, articles_quarantined, message "
                          "from load_runs").fetchall()
        published = [r[0] for r in con.execute("select source from dim_articles order by source").fetchall()]
        quarantined = con.execute("select source, failed_expectations from quarantine_articles").fetchall()
        events_q = con.execute("select count(*) from quarantine_events").fetchone()[0]
    return {"run": run, "published": published, "quarantined": quarantined, "events_q": events_q}


def test_a_corrupted_article_is_quarantined_alone(prefect_server, corrupt_first_article, tmp_path):
    from newsledger_flows.load import load_flow

    db = tmp_path / "partial.duckdb"
    summary = load_flow(paths=[str(p) for p in SEEDS], db=str(db), show_progress=False,
                        max_quarantine_share=0.5)
    [bad] = corrupt_first_article
    assert summary["status"] == "partial", summary["message"]
    assert summary["articles_quarantined"] == 1
    assert [q["source"] for q in summary["quarantined"]] == [bad]
    t = tables(db)
    [(status, published, quarantined, message)] = t["run"]
    assert (status, published, quarantined) == ("partial", 2, 1)
    assert "1 of 3 article(s) quarantined" in message
    assert t["published"] == sorted(str(p) for p in SEEDS if str(p) != bad)
    [(source, failed)] = t["quarantined"]
    assert source == bad
    assert json.loads(failed) == ["events:expect_column_values_to_be_in_set(offsets_inside_body)",
                                  "events:expect_column_values_to_be_in_set(trigger_matches_body)"]
    assert t["events_q"] > 0                      # all its rows went with it, not just the bad one


def test_more_failing_articles_than_the_share_rejects_the_batch(prefect_server, corrupt_first_article,
                                                               tmp_path):
    from newsledger_flows.load import load_flow

    db = tmp_path / "rejected.duckdb"
    summary = load_flow(paths=[str(p) for p in SEEDS], db=str(db), show_progress=False)
    assert summary["status"] == "rejected"
    assert "1 of 3 articles failed critical expectations" in summary["message"]
    t = tables(db)
    assert t["run"][0][:3] == ("rejected", 0, 0)
    assert t["published"] == [] and len(t["quarantined"]) == 3
