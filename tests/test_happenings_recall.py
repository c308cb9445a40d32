"""The recall check of happenings (scripts/happenings_recall.py) on a small warehouse: it finds
each mention of the pairs file from its locator (record id, offsets, type) whatever the path
the dump was loaded from, reports the locators it cannot find, counts a pair as linked when
both mentions share a happening, tells a pair that the rule's conditions keep apart, and never
writes to the warehouse it reads."""
from __future__ import annotations

import csv
import hashlib
import importlib.util
import shutil
from pathlib import Path

import pytest

from newsledger.warehouse import db as wdb
from test_happenings import SEOUL, launch, load

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["record_a", "char_start_a", "char_end_a", "record_b", "char_start_b", "char_end_b",
          "event_type", "audit_event_id_a", "audit_event_id_b", "found_by", "note"]


def recall_script():
    spec = importlib.util.spec_from_file_location("happenings_recall", ROOT / "scripts/happenings_recall.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def warehouse(tmp_path):
    """Two reports of one launch, and a launch by another actor a week later, loaded from a
    dump (sources `PATH#rec-NAME`)."""
    path = tmp_path / "recall.duckdb"
    c = wdb.connect(path)
    wdb.ensure_schema(c)
    load(c, "r1", launch("un", "2024-03-02", "2024-03-01", "day"),
         launch("deux", "2024-03-03", "2024-03-01", "day", site="autre.fr"),
         launch("trois", "2024-03-09", "2024-03-08", "day", actor=SEOUL))
    c.execute("update dim_articles set title = 'Lancement réussi d''un satellite' "
              "where article_id in ('a-un', 'a-deux')")
    c.execute("update dim_articles set source_kind = 'file', "
              "source = '/tmp/slice.jsonl#rec-' || substr(article_id, 3)")
    rows = c.execute("select article_id, event_id, char_start, char_end from fact_events").fetchall()
    c.close()
    ids = {article: event for article, event, _, _ in rows}
    spans = {article: (start, end) for article, _, start, end in rows}
    return path, ids, spans


def pair_row(spans, a: str, b: str, note: str, start_a: int | None = None) -> list:
    """A row of the pairs file for the launches of articles a and b (names without 'a-');
    the event ids of the audit's load are not read, so they are dummies here."""
    (sa, ea), (sb, eb) = spans[f"a-{a}"], spans[f"a-{b}"]
    return [f"rec-{a}", sa if start_a is None else start_a, ea, f"rec-{b}", sb, eb, "launch",
            "not-read", "not-read", "test", note]


def write_pairs(path: Path, rows: list[list]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def test_recall_counts_linked_pairs_and_explains_the_misses(warehouse, tmp_path, capsys):
    path, ids, spans = warehouse
    pairs = write_pairs(tmp_path / "pairs.csv", [
        pair_row(spans, "un", "deux", "one launch told twice"),
        pair_row(spans, "un", "trois", "judged the same for the test"),
    ])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    script = recall_script()
    assert script.main(["--db", str(path), "--pairs", str(pairs), "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1/2 pairs linked into one happening: recall 0.50\n")
    assert "launch             1/2" in out
    (sa, ea), (sb, eb) = spans["a-un"], spans["a-trois"]
    assert f"- rec-un@{sa}-{ea} rec-trois@{sb}-{eb} launch (events {ids['a-un']} {ids['a-trois']})" in out
    assert "the rule's pair conditions do not link it" in out
    assert "actors 0 shared of 2" in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_locators_resolve_whatever_the_path_the_dump_was_loaded_from(warehouse, tmp_path, capsys):
    path, _, spans = warehouse
    other = tmp_path / "other.duckdb"
    shutil.copyfile(path, other)
    c = wdb.connect(other)
    c.execute("update dim_articles set source = replace(source, '/tmp/slice.jsonl', 'ailleurs/autre.jsonl')")
    c.close()
    pairs = write_pairs(tmp_path / "pairs.csv", [pair_row(spans, "un", "deux", "one launch told twice")])
    script = recall_script()
    for db in (path, other):
        assert script.main(["--db", str(db), "--pairs", str(pairs)]) == 0
        assert capsys.readouterr().out.startswith("1/1 pairs linked into one happening: recall 1.00\n")


def test_a_locator_not_found_is_reported_and_its_pair_left_out(warehouse, tmp_path, capsys):
    path, _, spans = warehouse
    pairs = write_pairs(tmp_path / "pairs.csv", [
        pair_row(spans, "un", "deux", "one launch told twice"),
        pair_row(spans, "un", "trois", "a wrong offset", start_a=spans["a-un"][0] + 1),
    ])
    script = recall_script()
    assert script.main(["--db", str(path), "--pairs", str(pairs)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("1/1 pairs linked into one happening: recall 1.00 "
                                   "(1 of the 2 pairs of the file not resolved)")
    sa, ea = spans["a-un"]
    assert "1 locators not resolved in this warehouse; 1 of 2 pairs left out" in captured.err
    assert f"rec-un@{sa + 1}-{ea} launch: no such event in this warehouse" in captured.err


def test_candidates_never_show_happenings(warehouse, capsys):
    path, ids, spans = warehouse
    script = recall_script()
    assert script.main(["--db", str(path), "--candidates", "--per-type", "5"]) == 0
    out = capsys.readouterr().out
    assert "=== launch #1 found by actor" in out
    assert out.count("=== ") == 1  # the third launch was published a week later
    sa, ea = spans["a-un"]
    assert f"rec-un@{sa}-{ea} (event {ids['a-un']})" in out
    assert "happening" not in out.lower()


def test_half_a_and_half_b_split_the_pairs_by_row(tmp_path):
    """--half A keeps the even data rows (first, third, ...), --half B the odd ones."""
    pairs = write_pairs(tmp_path / "pairs.csv",
                        [[f"a{i}", 0, 1, f"b{i}", 0, 1, "launch", "", "", "test", ""] for i in range(5)])
    script = recall_script()
    assert [p["record_a"] for p in script.read_pairs(pairs, "A")] == ["a0", "a2", "a4"]
    assert [p["record_a"] for p in script.read_pairs(pairs, "B")] == ["a1", "a3"]
    assert len(script.read_pairs(pairs)) == 5


def test_a_record_loaded_under_two_paths_is_ambiguous(warehouse, tmp_path, capsys):
    path, _, spans = warehouse
    c = wdb.connect(path)
    c.execute("update dim_articles set source = 'copie.jsonl#rec-un' where article_id = 'a-deux'")
    c.close()
    pairs = write_pairs(tmp_path / "pairs.csv", [pair_row(spans, "un", "trois", "judged the same")])
    script = recall_script()
    assert script.main(["--db", str(path), "--pairs", str(pairs)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("0/0 pairs linked")
    line = next(l for l in captured.err.splitlines() if ": 2 events (" in l)
    assert "copie.jsonl#rec-un" in line and "/tmp/slice.jsonl#rec-un" in line
