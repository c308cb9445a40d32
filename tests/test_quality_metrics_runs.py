"""quality_metrics is filled by every run, one with nothing new included (real flow runs on
the seeded warehouse), and drift reaches the summary, the artifact and --strict."""
from __future__ import annotations

from pathlib import Path

import duckdb

from newsledger.quality.drift import METRICS

ROOT = Path(__file__).resolve().parents[1]


def _metrics(db: Path) -> dict[str, dict[str, tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        found: dict[str, dict[str, tuple]] = {}
        for run_id, metric, value, comparable in con.execute(
                "select q.run_id, metric, value, comparable from quality_metrics q "
                "join load_runs using (run_id) order by started_at").fetchall():
            found.setdefault(run_id, {})[metric] = (value, comparable)
        events = con.execute("select count(*) from fact_events").fetchone()[0]
        return found, events
    finally:
        con.close()


def test_every_run_records_its_metrics_even_with_nothing_new(seeded_copy):
    from newsledger_flows.load import load_flow

    summary = load_flow(paths=[str(ROOT / "seeds")], db=str(seeded_copy), show_progress=False)
    assert summary["inputs_skipped"] == 5 and summary["drift"] == []
    found, events = _metrics(seeded_copy)
    assert len(found) == 2 and all(set(m) == set(METRICS) for m in found.values())
    seeded, rerun = found.values()
    assert seeded["articles_loaded"] == (5, True)
    assert seeded["events_per_article"][0] == events / 5
    assert seeded["validation_pass_rate"] == (1.0, True)
    assert seeded["quarantine_share"] == (0.0, True)
    assert rerun["articles_loaded"] == (0, False)                  # recorded, not compared
    assert rerun["events_per_article"] == (None, False)
    assert rerun["validation_pass_rate"] == (None, False)
    assert {r["metric"] for r in summary["metrics"]} == set(METRICS)
    html = Path(summary["report_path"]).read_text(encoding="utf-8")
    assert 'id="drift"' in html and "not compared: this run loaded nothing new" in html
    assert html.index('id="summary"') < html.index('id="inputs"') < html.index('id="drift"')


def test_drift_in_the_summary_the_artifact_and_strict():
    from newsledger.cli.run import exit_status
    from newsledger.orchestration.tasks import RunSummary
    from newsledger.report.artifacts import markdown_summary
    from newsledger.report.text import run_summary_text

    line = "events per article 4.00 is below its band 7.92 to 8.08 (median 8.00 of the last 6 runs)"
    s = RunSummary(run_id="run-x", db="w.duckdb", status="succeeded", inputs_total=3, inputs_new=3,
                   published={"articles": 3}, drift=[line])
    text = run_summary_text(s.as_dict())
    assert text.splitlines()[1] == f"  DRIFT      {line}"
    assert f"- {line}" in markdown_summary(s, None)
    assert exit_status(s.as_dict(), strict=False) == 0
    assert exit_status(s.as_dict(), strict=True) == 1
    assert exit_status(RunSummary(run_id="run-y", db="w.duckdb", status="succeeded").as_dict(),
                       strict=True) == 0
