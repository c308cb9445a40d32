"""Validation in parts: a large run's suites are checked in slices (or hash parts of their
unique column) and give the same verdicts and counts as checked whole. Real DuckDB, real
Great Expectations, on the seed run's rows copied into staging."""
from __future__ import annotations

import json

import duckdb
import pytest

from newsledger.resources import EXPECTATIONS_DIR
from newsledger.quality.validate import frame_parts, load_suite_dict, part_key, suite_names, validate_run

RUN = "run-parts"
PART_ROWS = 8

# the seed run's published rows (a slice of the largest tables, to keep the parts few),
# staged again under RUN, plus one figure staged twice (a
# duplicate figure_id) and one whose offsets point past its article's body
STAGE = [
    f"insert into stg_articles by name select * replace ('{RUN}' as run_id) from dim_articles",
    f"insert into stg_sentences by name select *, '{RUN}' as run_id from dim_sentences",
    f"""insert into stg_actor_mentions by name
        select m.* replace ('{RUN}' as run_id), a.canonical_name, a.actor_type, a.country_code
        from fact_actor_mentions m join dim_actors a using (actor_id)
        order by mention_id limit 60""",
    f"insert into stg_events by name select * replace ('{RUN}' as run_id) from fact_events",
    f"insert into stg_figures by name select * replace ('{RUN}' as run_id) from fact_figures",
    f"""insert into stg_event_actors by name select *, '{RUN}' as run_id from bridge_event_actors
        order by all limit 60""",
    f"""insert into stg_figures by name select * replace ('{RUN}' as run_id)
        from fact_figures order by figure_id limit 1""",
    f"""insert into stg_figures by name
        select * replace ('{RUN}' as run_id, figure_id || '-far' as figure_id,
                          char_start + 1000000 as char_start, char_end + 1000000 as char_end)
        from fact_figures order by figure_id desc limit 1""",
]


def _summary(outcome):
    return sorted((r.suite, r.expectation, r.column or "", r.success, r.element_count,
                   r.unexpected_count) for r in outcome.results)


def test_every_project_suite_can_be_checked_in_parts():
    keys = {name: part_key(load_suite_dict(name)) for name in suite_names()}
    assert all(ok for ok, _ in keys.values()), keys
    assert keys["figures"] == (True, "figure_id")
    assert keys["actor_mentions"] == (True, "mention_id")
    assert keys["sentences"] == (True, None)


def test_a_suite_with_a_table_level_expectation_is_checked_whole():
    suite = json.loads((EXPECTATIONS_DIR / "figures.json").read_text(encoding="utf-8"))
    suite["expectations"].append({"type": "expect_table_row_count_to_be_between",
                                  "kwargs": {"min_value": 1}})
    assert part_key(suite) == (False, None)
    suite["expectations"].pop()
    suite["expectations"].append({"type": "expect_column_values_to_be_unique",
                                  "kwargs": {"column": "text"}})
    assert part_key(suite) == (False, None)     # two unique columns: no single key for the parts


@pytest.mark.parametrize("rows, part_rows", [(0, 5), (10, 3), (9, 3), (5000, 1000), (5001, 1000)])
def test_frame_parts_stream_every_row_once_in_order(rows, part_rows):
    con = duckdb.connect()
    parts = list(frame_parts(con.execute(f"select range as i from range({rows})"), part_rows))
    assert all(0 < len(p) <= part_rows for p in parts)
    assert [int(v) for p in parts for v in p["i"]] == list(range(rows))


def test_validation_in_parts_gives_the_whole_runs_verdicts(seeded_copy, tmp_path):
    con = duckdb.connect(str(seeded_copy))
    try:
        for sql in STAGE:
            con.execute(sql)
        figures = con.execute("select count(*) from stg_figures").fetchone()[0]
        whole = validate_run(con, RUN, tmp_path / "whole", build_docs=False, part_rows=None)
        parts = validate_run(con, RUN, tmp_path / "parts", build_docs=True, part_rows=PART_ROWS)
    finally:
        con.close()
    assert figures > 2 * PART_ROWS          # several parts for every suite but one or two
    assert _summary(parts) == _summary(whole)
    assert parts.rows_checked == whole.rows_checked
    failed = {(r.suite, r.expectation, r.column) for r in parts.failures}
    assert ("figures", "expect_column_values_to_be_unique", "figure_id") in failed
    assert ("figures", "expect_column_values_to_be_in_set", "offsets_inside_body") in failed
    unique = next(r for r in parts.results if r.column == "figure_id"
                  and r.expectation == "expect_column_values_to_be_unique")
    assert unique.unexpected_count == 2 and unique.element_count == figures
    assert not parts.success
    # every part is its own validation result in Data Docs, under the run's name
    assert parts.data_docs_path and (tmp_path / "parts").rglob("*.html")
    results = list((tmp_path / "parts").rglob("validations/figures*/**/*.json"))
    assert len(results) > 1
