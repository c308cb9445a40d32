"""Quality metrics over time: the band rule (pure) and a small DuckDB warehouse of seven runs
measured with sql/metrics/ (newsledger.quality.drift, newsledger.quality.metrics)."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import duckdb
import pytest

from newsledger.quality.drift import METRICS, band, check, is_share, warning
from newsledger.quality.metrics import drift_rows, record_run_metrics, series
from newsledger.warehouse.db import ensure_schema

T0 = datetime(2026, 1, 5, 8, 0)


def test_no_band_before_five_runs():
    assert band([2.0, 2.1, 1.9, 2.0]) is None
    assert band([2.0, 2.1, 1.9, 2.0, None]) is None


def test_band_is_median_plus_minus_three_mad_of_the_last_twenty():
    b = band([10, 12, 11, 9, 13])                     # median 11, deviations 1 1 0 2 2 -> MAD 1
    assert (b.median, b.low, b.high, b.runs) == (11, 8, 14, 5)
    old = [1000.0] * 30
    assert band([5.0] * 20 + old).median == 5.0         # only the newest 20 count
    flat = band([4.0] * 6)                             # constant so far: 1 % of the median
    assert flat.low == pytest.approx(3.96) and flat.high == pytest.approx(4.04)


def test_a_band_is_cut_to_what_a_value_can_be():
    assert band([1.0] * 6, share=True).high == 1.0       # a pass rate is never above 100 %
    assert band([1.0] * 6).high == pytest.approx(1.01)   # a count per article can be
    assert band([0.1, 0.5, 0.9, 0.5, 0.1]).low == 0.0    # median 0.5 - 3 x 0.4: no metric is negative
    shares = [m for m in METRICS if is_share(m)]
    assert "validation_pass_rate" in shares and "events_per_article" not in shares


def test_check_warns_only_outside_and_only_for_comparable_runs():
    history = {m: [1.0] * 6 for m in METRICS}
    values = {m: 1.0 for m in METRICS} | {"figures_per_article": 0.5}
    drifting = [c.metric for c in check(values, history, comparable=True) if c.drift]
    assert drifting == ["figures_per_article"]
    assert not any(c.drift for c in check(values, history, comparable=False))


def _run(con, i: int, articles: int, events_each: int) -> str:
    """A finished run that published `articles` articles, each with `events_each` events
    (a quarter typed other), three actors and two figures."""
    run_id = f"run-{i}"
    con.begin()                                    # one commit per run: fast on a file
    con.execute("insert into load_runs (run_id, started_at, status) values (?, ?, 'succeeded')",
                [run_id, T0 + timedelta(hours=i)])
    for a in range(articles):
        aid = f"{run_id}-a{a}"
        con.execute("insert into dim_articles (article_id, source, source_kind, ingested_at, content_hash, run_id) "
                    "values (?, ?, 'file', ?, 'h', ?)", [aid, f"{aid}.txt", T0, run_id])
        con.executemany("insert into fact_events (event_id, article_id, event_type, trigger, sentence_index, "
                        "char_start, char_end, run_id) values (?, ?, ?, 'a rencontré', 0, 0, 11, ?)",
                        [[f"{aid}-e{e}", aid, "other" if e % 4 == 3 else "meeting", run_id]
                         for e in range(events_each)])
        con.executemany("insert into fact_actor_mentions (mention_id, article_id, actor_id, surface, sentence_index, "
                        "char_start, char_end, run_id) values (?, ?, ?, 'X', 0, 0, 1, ?)",
                        [[f"{aid}-m{m}", aid, f"actor{m}", run_id] for m in range(3)])
        con.executemany("insert into fact_figures (figure_id, article_id, text, value, qualifier, sentence_index, "
                        "char_start, char_end, run_id) values (?, ?, '3', 3, 'exact', 0, 0, 1, ?)",
                        [[f"{aid}-f{f}", aid, run_id] for f in range(2)])
    con.commit()
    record_run_metrics(con, run_id, comparable=True, inputs_total=articles,
                       expectations=60, expectations_passed=60, at=T0 + timedelta(hours=i))
    return run_id


@pytest.fixture(scope="module")
def six_runs_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("drift") / "six.duckdb"
    con = duckdb.connect(str(path))
    ensure_schema(con)
    for i, articles in enumerate([10, 11, 12, 10, 11, 12]):
        _run(con, i, articles, events_each=8)
    con.close()
    return path


@pytest.fixture
def six_runs(six_runs_file, tmp_path):
    """A warehouse of six similar runs (10 to 12 articles, 8 events each), a copy per test."""
    copy = tmp_path / "drift.duckdb"
    shutil.copyfile(six_runs_file, copy)
    con = duckdb.connect(str(copy))
    yield con
    con.close()


def test_events_per_article_halved_gives_exactly_that_warning(six_runs):
    run_id = _run(six_runs, 7, 11, events_each=4)
    rows = drift_rows(six_runs, run_id)
    assert [r["metric"] for r in rows] == ["events_per_article"]
    row = rows[0]
    assert row["value"] == 4.0 and row["band_median"] == 8.0 and row["band_runs"] == 6
    assert warning(row) == ("events per article 4.00 is below its band 7.92 to 8.08 "
                            "(median 8.00 of the last 6 runs)")


def test_a_seventh_run_like_the_others_gives_no_warning(six_runs):
    run_id = _run(six_runs, 7, 11, events_each=8)
    assert drift_rows(six_runs, run_id) == []
    recorded = six_runs.execute("select count(*), count(distinct run_id) from quality_metrics").fetchone()
    assert recorded == (7 * len(METRICS), 7)
    history = series(six_runs, run_id)
    assert [r["value"] for r in history["articles_loaded"]] == [10, 11, 12, 10, 11, 12, 11]
    assert history["share_events_other"][-1]["value"] == 0.25
    assert history["articles_loaded"][-1]["band_low"] == 8      # 11 ± 3 × MAD 1


def test_status_shows_the_drift_of_the_latest_run(six_runs, capsys):
    from newsledger.cli import main

    run_id = _run(six_runs, 7, 11, events_each=4)
    path = six_runs.execute("select file from pragma_database_list where name = current_database()").fetchone()[0]
    six_runs.close()
    assert main(["status", "--db", path, "--limit", "3"]) == 0
    out = capsys.readouterr().out
    header, _, latest = out.splitlines()[:3]
    assert "drift" in header.split() and latest.startswith(run_id) and "events_per_article" in latest
    assert f"DRIFT in the latest run {run_id}" in out
    assert "  events per article 4.00 is below its band 7.92 to 8.08" in out


def test_status_of_a_warehouse_without_quality_metrics(tmp_path, capsys):
    from newsledger.cli import main

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    ensure_schema(con)
    con.execute("drop table quality_metrics")
    con.execute("insert into load_runs (run_id, started_at, status) values ('run-old', ?, 'succeeded')", [T0])
    con.close()
    assert main(["status", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "run-old" in out and "drift" not in out.splitlines()[0].split()
