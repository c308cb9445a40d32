"""The self-contained HTML report of one run, in reports/<run_id>.html and reports/latest.html.

One file, no script, no external resource: CSS inline, charts as inline SVG (charts.py),
every query in sql/report/. The report reads the warehouse through the run's own
connection, before the run's row in load_runs is finished, so its counts come from the
run summary.
"""
from __future__ import annotations

import os
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from newsledger.warehouse.sqlfiles import read_sql
from newsledger.quality.drift import MIN_RUNS
from newsledger.report import charts
from newsledger.report.happenings import happenings_context

# the templates ship in the package (templates/, not data/: see pyproject.toml's package-data),
# read through importlib.resources so that an installed wheel finds them too
TEMPLATES = files("newsledger.report") / "templates"


def _template_source(name: str) -> str | None:
    """The text of templates/<name>, or None (jinja2 then raises TemplateNotFound)."""
    template = TEMPLATES / name
    return template.read_text(encoding="utf-8") if template.is_file() else None


def _environment():
    import jinja2
    env = jinja2.Environment(loader=jinja2.FunctionLoader(_template_source),
                             autoescape=jinja2.select_autoescape(["html"]))
    env.filters["human"] = charts.human_number
    env.filters["highlight"] = highlight
    return env


def highlight(sentence: str | None, fragment: str | None):
    """The sentence, escaped, with the first occurrence of fragment in <mark>."""
    from markupsafe import Markup, escape
    if not sentence:
        return ""
    at = sentence.find(fragment) if fragment else -1
    if at < 0:
        return escape(sentence)
    end = at + len(fragment)
    return Markup(f"{escape(sentence[:at])}<mark>{escape(fragment)}</mark>{escape(sentence[end:])}")


def query(con, name: str, params: dict | None = None) -> list[dict]:
    """Rows of sql/report/<name>.sql as dicts."""
    sql = read_sql(f"report/{name}.sql")
    cur = con.execute(sql, params) if params else con.execute(sql)
    columns = [d[0] for d in cur.description]
    return [dict(zip(columns, row)) for row in cur.fetchall()]


def sorted_results(outcome) -> list:
    """Validation results, failures first (critical, then warnings), then passes."""
    if outcome is None:
        return []
    return sorted(outcome.results, key=lambda r: (r.success, r.severity != "critical",
                                                  r.suite, r.expectation))


def timeline_chart(rows: list[dict]) -> str:
    labels, series = charts.timeline_buckets(
        [(r["month"], r["event_type"], r["events"]) for r in rows])
    unit = "month" if labels and len(labels[0]) == 7 else "year"
    return charts.stacked_bars(labels, series, title=f"Events per {unit}, by type",
                               empty_message="No dated events in the warehouse yet.")


def currency_chart(rows: list[dict]) -> str:
    data = [(r["currency"] or "no currency", r["figures"],
             f"total {charts.human_number(r['total_value'])} {r['currency']}"
             if r["total_value"] is not None else "")
            for r in rows]
    return charts.horizontal_bars(data, title="Figures by currency",
                                  empty_message="No figures in the warehouse yet.")


def inputs_chart(summary) -> str:
    data = [("new", summary.inputs_new, ""), ("changed", summary.inputs_changed, ""),
            ("skipped (known)", summary.inputs_skipped, ""),
            ("duplicate", summary.inputs_duplicate, ""), ("rejected", summary.inputs_rejected, "")]
    return charts.horizontal_bars(data, title="Inputs of this run", bar_height=18,
                                  empty_message="This run found no input.")


def drift_charts(con, summary) -> list[dict]:
    """One small chart per quality metric over the last runs, with the band this run was
    compared with: {metric, label, svg, row} in the order of drift.METRICS."""
    from newsledger.quality.drift import METRICS, fmt
    from newsledger.quality.metrics import series

    if not summary.metrics:
        return []
    history = series(con, summary.run_id)
    out = []
    for row in summary.metrics:
        metric = row["metric"]
        points = [(r["run_id"], r["value"], bool(r["drift"])) for r in history.get(metric, [])]
        band = ((row["band_low"], row["band_median"], row["band_high"])
                if row["band_median"] is not None else None)
        label = METRICS[metric][0]
        svg = charts.band_chart(points, band, title=label, fmt=lambda v, m=metric: fmt(m, v))
        out.append({"metric": metric, "label": label, "svg": svg, "row": row,
                    "value": fmt(metric, row["value"]),
                    "band": (f"{fmt(metric, row['band_low'])} to {fmt(metric, row['band_high'])}"
                             if band else None)})
    return out


def drift_state(summary) -> str:
    """What the drift line of the summary says when no metric drifted."""
    rows = summary.metrics
    if not rows:
        return "not measured"
    if not rows[0]["comparable"]:
        return "not compared: this run loaded nothing new (or retried a quarantined batch)"
    bands = [r["band_runs"] for r in rows if r["band_median"] is not None]
    if not bands:
        return f"not compared yet: a band needs {MIN_RUNS} earlier comparable runs"
    return f"none: every metric is within the band of the previous {max(bands)} comparable runs"


def report_context(con, summary, outcome, reports_dir: Path) -> dict:
    run_id = summary.run_id
    params = {"run_id": run_id}
    docs_href = None
    if outcome is not None and outcome.data_docs_path:
        docs_href = Path(os.path.relpath(outcome.data_docs_path, reports_dir)).as_posix()
    timeline = query(con, "events_timeline")
    currencies = query(con, "figures_by_currency")
    results = sorted_results(outcome)
    return {
        "s": summary, "outcome": outcome, "results": results, "docs_href": docs_href,
        "failed": [r for r in results if not r.success],
        "generated_at": datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        "errors": query(con, "run_errors", params),
        "articles": query(con, "run_articles", params),
        "figures": query(con, "run_figures", params),
        "top_actors": query(con, "top_actors"),
        "totals": query(con, "warehouse_totals")[0],
        "undated": query(con, "events_undated")[0]["events"],
        "currencies": currencies,
        "timeline_svg": timeline_chart(timeline),
        "currency_svg": currency_chart(currencies),
        "inputs_svg": inputs_chart(summary),
        "drift_charts": drift_charts(con, summary),
        "drift_state": drift_state(summary),
        **happenings_context(con, run_id),
    }


def render_run_report(con, summary, outcome, reports_dir: Path) -> str:
    context = report_context(con, summary, outcome, reports_dir)
    return _environment().get_template("run.html").render(**context)


def write_run_report(con, summary, outcome, reports_dir: Path) -> Path:
    """Write reports/<run_id>.html and replace reports/latest.html atomically."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    html = render_run_report(con, summary, outcome, reports_dir)
    path = reports_dir / f"{summary.run_id}.html"
    path.write_text(html, encoding="utf-8")
    tmp = reports_dir / f".latest-{os.getpid()}.html"
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, reports_dir / "latest.html")
    return path
