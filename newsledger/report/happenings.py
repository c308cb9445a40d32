"""The report's happenings section: the run's most reported happenings with their reports'
sentences and origins, and happenings per month by QuadClass (inline SVG, no script).
Queries in sql/report/ (top_happenings, quadclass_month)."""
from __future__ import annotations

from newsledger.report import charts
from newsledger.warehouse.sqlfiles import read_sql

QUAD_CLASSES = {1: "1 verbal cooperation", 2: "2 material cooperation",
                3: "3 verbal conflict", 4: "4 material conflict"}


def _rows(con, name: str, params: dict | None = None) -> list[dict]:
    cur = con.execute(read_sql(f"report/{name}.sql"), params or {})
    columns = [d[0] for d in cur.description]
    return [dict(zip(columns, row)) for row in cur.fetchall()]


def quadclass_chart(rows: list[dict]) -> str:
    labels, series = charts.timeline_buckets(
        [(r["month"], QUAD_CLASSES.get(r["quad_class"], str(r["quad_class"])), r["happenings"])
         for r in rows])
    series = dict(sorted(series.items()))            # QuadClass order, not size order
    return charts.stacked_bars(labels, series, title="Happenings per month, by QuadClass",
                               empty_message="No coded happening in the warehouse yet.")


REPORT_FIELDS = ("reported_at", "origin", "url", "title", "trigger", "sentence")


def group_reports(rows: list[dict]) -> list[dict]:
    """Rows of top_happenings.sql (one per report) -> happenings, each with its `reports`."""
    happenings: dict[str, dict] = {}
    for row in rows:
        h = happenings.setdefault(row["happening_id"], {
            **{k: v for k, v in row.items() if k not in REPORT_FIELDS}, "reports": []})
        h["reports"].append({k: row[k] for k in REPORT_FIELDS})
    return list(happenings.values())


def happenings_context(con, run_id: str) -> dict:
    return {"top_happenings": group_reports(_rows(con, "top_happenings", {"run_id": run_id})),
            "quadclass_svg": quadclass_chart(_rows(con, "quadclass_month"))}
