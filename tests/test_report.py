"""The run report: SVG chart builders (pure), the report SQL, the HTML of a seeded run, and
the Prefect artifacts the run created."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from newsledger.report import artifacts, build, charts
from newsledger.quality.outcome import ExpectationOutcome, ValidationOutcome

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parents[1]


def parse_svg(text: str) -> ET.Element:
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    return root


def bars(root: ET.Element) -> list[ET.Element]:
    return [r for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"]


# ---- charts.py (pure) ----------------------------------------------------------------

@pytest.mark.parametrize("value, text", [
    (0, "0"), (7, "7"), (1234, "1,234"), (2_500_000, "2.5 m"), (3e9, "3 bn"),
    (1.5e12, "1.5 tn"), (0.25, "0.25"), (-4_000_000, "-4 m"), (None, "")])
def test_human_number(value, text):
    assert charts.human_number(value) == text


@pytest.mark.parametrize("top, expected", [
    (0, [0, 1]), (1, [0, 1]), (4.2, [0, 1, 2, 3, 4, 5]), (7, [0, 2, 4, 6, 8]),
    (77, [0, 20, 40, 60, 80]), (1234, [0, 500, 1000, 1500])])
def test_axis_reaches_the_top_with_round_steps(top, expected):
    assert charts.axis(top) == expected


def test_month_range_crosses_years():
    assert charts.month_range("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert charts.month_key(date(2024, 3, 9)) == "2024-03"


def test_timeline_buckets_fill_missing_months_and_sum_types():
    labels, series = charts.timeline_buckets([
        ("2024-01", "sanction", 2), ("2024-03", "sanction", 1), ("2024-03", "meeting", 4)])
    assert labels == ["2024-01", "2024-02", "2024-03"]
    assert series == {"meeting": [0, 0, 4], "sanction": [2, 0, 1]}   # biggest type first


def test_timeline_buckets_switch_to_years_on_long_spans():
    labels, series = charts.timeline_buckets([
        ("1950-06", "statement", 1), ("2024-01", "statement", 2), ("2024-05", "launch", 1)])
    assert labels == ["1950", "2024"]          # sparse: only the years with events
    assert series == {"statement": [1, 2], "launch": [0, 1]}
    labels, _ = charts.timeline_buckets([("2019-01", "x", 1), ("2024-12", "x", 1)])
    assert labels == [str(y) for y in range(2019, 2025)]


def test_timeline_buckets_empty():
    assert charts.timeline_buckets([]) == ([], {})
    assert charts.timeline_buckets([(None, "x", 3)]) == ([], {})


def test_stacked_bars_one_rect_per_nonzero_cell_with_legend_and_tooltips():
    svg = charts.stacked_bars(["2024-01", "2024-02"], {"sanction": [2, 0], "meeting": [1, 3]},
                              title="Events")
    root = parse_svg(svg)
    marks = bars(root)
    assert len(marks) == 3
    tips = sorted(m.find(f"{SVG}title").text for m in marks)
    assert tips == ["2024-01 · meeting: 1", "2024-01 · sanction: 2", "2024-02 · meeting: 3"]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "sanction (2)" in texts and "meeting (4)" in texts
    assert root.get("role") == "img" and root.get("aria-label") == "Events"
    # both stacks hold 3; the axis runs 0..3, so each stack fills the plot's height
    heights = {}
    for m in marks:
        heights[m.get("x")] = heights.get(m.get("x"), 0) + float(m.get("height"))
    plot_h = 260 - 12 - 46
    assert sorted(heights.values()) == pytest.approx([plot_h, plot_h], abs=0.2)


def test_charts_escape_labels():
    svg = charts.stacked_bars(["<b>"], {"a&b <script>": [1]}, title="t\"x")
    root = parse_svg(svg)                   # well-formed despite the markup in the labels
    assert "<script>" not in svg
    assert any("a&b <script>" in (t.text or "") for t in root.iter(f"{SVG}text"))
    svg = charts.horizontal_bars([("<USD>", 3, "total 1 <bn>")], title="c")
    assert "<USD>" not in svg and parse_svg(svg) is not None


def test_horizontal_bars_scale_to_the_longest():
    root = parse_svg(charts.horizontal_bars([("USD", 10, "total 1 bn USD"), ("EUR", 5, "")],
                                            title="Figures by currency"))
    widths = [float(r.get("width")) for r in bars(root)]
    assert widths[0] == pytest.approx(2 * widths[1])
    assert "10  ·  total 1 bn USD" in [t.text for t in root.iter(f"{SVG}text")]


def test_empty_charts_say_so():
    assert charts.stacked_bars([], {}, title="t", empty_message="none yet") == \
        '<p class="empty">none yet</p>'
    assert charts.horizontal_bars([("a", 0, "")], title="t").startswith('<p class="empty">')


# ---- the report of a seeded run --------------------------------------------------------

@pytest.fixture(scope="module")
def seeded_run(seeded_db) -> dict:
    con = duckdb.connect(str(seeded_db), read_only=True)
    try:
        cur = con.execute("select * from load_runs order by started_at desc limit 1")
        cols = [d[0] for d in cur.description]
        return dict(zip(cols, cur.fetchall()[0]))
    finally:
        con.close()


@pytest.fixture
def seeded_con(seeded_db):
    con = duckdb.connect(str(seeded_db), read_only=True)
    yield con
    con.close()


def test_every_report_query_runs_on_the_warehouse(seeded_con, seeded_run):
    names = sorted(p.stem for p in (ROOT / "sql" / "report").glob("*.sql"))
    assert {"events_timeline", "figures_by_currency", "run_figures", "top_actors"} <= set(names)
    for name in names:
        params = {"run_id": seeded_run["run_id"]} if "$run_id" in (
            ROOT / "sql" / "report" / f"{name}.sql").read_text() else None
        build.query(seeded_con, name, params)


def test_report_queries_agree_with_the_facts(seeded_con, seeded_run):
    timeline = build.query(seeded_con, "events_timeline")
    undated = build.query(seeded_con, "events_undated")[0]["events"]
    total = seeded_con.execute("select count(*) from fact_events").fetchall()[0][0]
    assert sum(r["events"] for r in timeline) + undated == total
    assert all(re.fullmatch(r"\d{4}-\d{2}", r["month"]) for r in timeline)
    currencies = build.query(seeded_con, "figures_by_currency")
    assert sum(r["figures"] for r in currencies) == \
        seeded_con.execute("select count(*) from fact_figures").fetchall()[0][0]
    figures = build.query(seeded_con, "run_figures", {"run_id": seeded_run["run_id"]})
    assert len(figures) == seeded_run["figures_published"]
    assert all(f["text"] in f["sentence"] for f in figures)      # each figure in its sentence


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]


def test_seeded_report_is_self_contained_with_charts(seeded_run):
    path = Path(seeded_run["report_path"])
    html = path.read_text(encoding="utf-8")
    page = _Collector()
    page.feed(html)
    assert "script" not in page.tags                     # no script at all
    for tag, attr, value in page.attrs:                   # nothing fetched from elsewhere
        if attr in ("src", "href") and tag != "a":
            assert value.startswith(("data:", "#")), (tag, attr, value)
    assert page.tags.count("svg") >= 3                    # inputs, timeline, currencies
    for anchor in ("inputs", "validation", "errors", "timeline", "currencies", "actors", "figures"):
        assert f'id="{anchor}"' in html
    assert "<mark>" in html                               # figures highlighted in sentences
    assert "succeeded" in html and seeded_run["run_id"] in html
    assert (path.parent / "latest.html").exists()


def test_seeded_report_lists_every_article_and_figure(seeded_con, seeded_run):
    html = Path(seeded_run["report_path"]).read_text(encoding="utf-8")
    from markupsafe import escape
    for (title,) in seeded_con.execute("select title from dim_articles").fetchall():
        assert str(escape(title)) in html
    n = seeded_con.execute("select count(*) from fact_figures where run_id = ?",
                           [seeded_run["run_id"]]).fetchall()[0][0]
    assert html.count('<td class="sentence">') == n


def _outcome(docs: str = "/tmp/gx/uncommitted/data_docs/local_site/index.html") -> ValidationOutcome:
    return ValidationOutcome(results=[
        ExpectationOutcome("events", "expect_column_values_to_not_be_null", "event_id",
                           "critical", True, 10, 0),
        ExpectationOutcome("figures", "expect_column_values_to_be_in_set", "unit",
                           "warning", False, 10, 2, ["lbs"]),
        ExpectationOutcome("articles", "expect_column_values_to_be_unique", "article_id",
                           "critical", False, 10, 1, ["a1"], why="article_id is a key"),
    ], data_docs_path=docs,
        rows_checked={"events": 10, "figures": 10, "articles": 5})


def test_failures_come_first():
    ordered = build.sorted_results(_outcome())
    assert [(r.success, r.severity) for r in ordered] == \
        [(False, "critical"), (False, "warning"), (True, "critical")]
    rows = artifacts.validation_rows(_outcome())
    assert [r["result"] for r in rows] == ["FAIL", "FAIL", "pass"]
    assert artifacts.validation_rows(None) == [{"result": "nothing new to validate"}]


def test_rejected_run_report(seeded_con, seeded_run, tmp_path):
    from newsledger.orchestration.tasks import RunSummary

    summary = RunSummary(run_id="run-rejected-test", db="x.duckdb", status="rejected",
                         inputs_total=2, inputs_new=2,
                         message="rejected by validation: 1 critical expectation(s) failed")
    docs = tmp_path / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    path = build.write_run_report(seeded_con, summary, _outcome(str(docs)), tmp_path)
    html = path.read_text(encoding="utf-8")
    assert "Nothing from this run reached the warehouse" in html
    failed = html.index("Failed expectations")
    assert html.index("expect_column_values_to_be_unique", failed) < \
        html.index("expect_column_values_to_be_in_set", failed)
    assert 'href="gx/uncommitted/data_docs/local_site/index.html"' in html   # relative link
    assert "This run published no figure." in html
    assert (tmp_path / "latest.html").read_text(encoding="utf-8") == html


def test_markdown_summary_names_report_and_data_docs():
    from newsledger.orchestration.tasks import RunSummary

    s = RunSummary(run_id="run-x", db="w.duckdb", status="succeeded", inputs_total=3,
                   inputs_new=2, inputs_rejected=1, published={"articles": 2},
                   report_path="/tmp/reports/run-x.html",
                   data_docs_path="/tmp/gx/index.html",
                   errors=[{"source": "bad.txt", "stage": "collect", "error": "empty file"}])
    md = artifacts.markdown_summary(s, _outcome())
    assert "**succeeded**" in md and "2 articles" in md
    assert "file:///tmp/reports/run-x.html" in md and "file:///tmp/gx/index.html" in md
    assert "`bad.txt` [collect] empty file" in md
    assert "1 critical and 1 other failures" in md


def test_seeded_run_published_prefect_artifacts(seeded_run, prefect_server):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[seeded_run["flow_run_id"]])))
    by_key = {a.key: a for a in found}
    assert set(by_key) >= {artifacts.SUMMARY_KEY, artifacts.VALIDATION_KEY}
    assert seeded_run["run_id"] in by_key[artifacts.SUMMARY_KEY].data
    assert seeded_run["data_docs_path"] in by_key[artifacts.VALIDATION_KEY].description
