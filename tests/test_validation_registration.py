"""Suites are registered in Great Expectations' store once, and again only when they change:
a run's validation does not rewrite an unchanged suite, its validation definition and its
checkpoint (~0.1 s per suite), and a changed suite is checked as it now reads. Real DuckDB,
real Great Expectations, on the seed run's rows copied into staging."""
from __future__ import annotations

import json
import shutil

import duckdb

import newsledger.quality.validate as validate
from newsledger.resources import EXPECTATIONS_DIR
from test_validation_parts import RUN, STAGE, _summary

VALID_ROWS = STAGE[:6]      # the seed run's rows, without the two faulty figures


def _store_stamps(root):
    return {p: p.stat().st_mtime_ns for p in (root / "gx").rglob("*.json")
            if p.parent.name in ("expectations", "checkpoints", "validation_definitions")}


def test_unchanged_suites_are_not_registered_again_and_changed_ones_are(
        seeded_copy, tmp_path, monkeypatch):
    con = duckdb.connect(str(seeded_copy))
    root = tmp_path / "gx"
    try:
        for sql in VALID_ROWS:
            con.execute(sql)
        first = validate.validate_run(con, RUN, root, build_docs=False)
        stamps = _store_stamps(root)
        second = validate.validate_run(con, RUN, root, build_docs=False)
        unchanged = _store_stamps(root)

        suites = tmp_path / "suites"
        shutil.copytree(EXPECTATIONS_DIR, suites)
        path = suites / "figures.json"
        suite = json.loads(path.read_text(encoding="utf-8"))
        suite["expectations"].append({
            "type": "expect_column_values_to_be_between",
            "kwargs": {"column": "char_start", "max_value": -1}, "severity": "critical",
            "meta": {"why": "a rule no figure meets, added for the test"}})
        path.write_text(json.dumps(suite), encoding="utf-8")
        monkeypatch.setattr(validate, "EXPECTATIONS_DIR", suites)
        third = validate.validate_run(con, RUN, root, build_docs=False)
    finally:
        con.close()

    assert len(stamps) >= 3 * len(validate.suite_names())    # suite, definition, checkpoint
    assert unchanged == stamps                                 # nothing written again
    assert _summary(second) == _summary(first)
    added = ("figures", "expect_column_values_to_be_between", "char_start")
    assert added not in {(r.suite, r.expectation, r.column) for r in first.results}
    assert added in {(r.suite, r.expectation, r.column) for r in third.failures}
    assert _store_stamps(root) != stamps                       # the changed suite was stored
