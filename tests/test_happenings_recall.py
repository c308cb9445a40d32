"""The recall check of happenings (scripts/happenings_recall.py) on a small warehouse: it
counts a pair as linked when both mentions share a happening, tells a pair that the rule's
conditions keep apart, and never writes to the warehouse it reads."""
from __future__ import annotations

import csv
import hashlib
import importlib.util
from pathlib import Path

import pytest

from newsledger.warehouse import db as wdb
from test_happenings import SEOUL, launch, load

ROOT = Path(__file__).resolve().parent.parent


def recall_script():
    spec = importlib.util.spec_from_file_location("happenings_recall", ROOT / "scripts/happenings_recall.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def warehouse(tmp_path):
    """Two reports of one launch, and a launch by another actor a week later."""
    path = tmp_path / "recall.duckdb"
    c = wdb.connect(path)
    wdb.ensure_schema(c)
    load(c, "r1", launch("un", "2024-03-02", "2024-03-01", "day"),
         launch("deux", "2024-03-03", "2024-03-01", "day", site="autre.fr"),
         launch("trois", "2024-03-09", "2024-03-08", "day", actor=SEOUL))
    c.execute("update dim_articles set title = 'Lancement réussi d''un satellite' "
              "where article_id in ('a-un', 'a-deux')")
    ids = dict(c.execute("select article_id, event_id from fact_events").fetchall())
    c.close()
    return path, ids


def test_recall_counts_linked_pairs_and_explains_the_misses(warehouse, tmp_path, capsys):
    path, ids = warehouse
    pairs = tmp_path / "pairs.csv"
    with open(pairs, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["event_id_a", "event_id_b", "event_type", "found_by", "note"])
        w.writerow([ids["a-un"], ids["a-deux"], "launch", "test", "one launch told twice"])
        w.writerow([ids["a-un"], ids["a-trois"], "launch", "test", "judged the same for the test"])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    script = recall_script()
    assert script.main(["--db", str(path), "--pairs", str(pairs), "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1/2 pairs linked into one happening: recall 0.50")
    assert "launch             1/2" in out
    assert f"- {ids['a-un']} {ids['a-trois']} launch" in out
    assert "the rule's pair conditions do not link it" in out
    assert "actors 0 shared of 2" in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_candidates_never_show_happenings(warehouse, capsys):
    path, _ = warehouse
    script = recall_script()
    assert script.main(["--db", str(path), "--candidates", "--per-type", "5"]) == 0
    out = capsys.readouterr().out
    assert "=== launch #1 found by actor" in out
    assert out.count("=== ") == 1  # the third launch was published a week later
    assert "happening" not in out.lower()


def test_half_a_and_half_b_split_the_pairs_by_row(tmp_path):
    """--half A keeps the even data rows (first, third, ...), --half B the odd ones."""
    pairs = tmp_path / "pairs.csv"
    with open(pairs, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["event_id_a", "event_id_b", "event_type", "found_by", "note"])
        for i in range(5):
            w.writerow([f"a{i}", f"b{i}", "launch", "test", ""])
    script = recall_script()
    assert [p["event_id_a"] for p in script.read_pairs(pairs, "A")] == ["a0", "a2", "a4"]
    assert [p["event_id_a"] for p in script.read_pairs(pairs, "B")] == ["a1", "a3"]
    assert len(script.read_pairs(pairs)) == 5
