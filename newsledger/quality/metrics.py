"""Quality metrics of a run (sql/metrics/run_metrics.sql), compared with the band of the
previous runs (newsledger.quality.drift) and recorded in `quality_metrics`."""
from __future__ import annotations

from datetime import datetime

from newsledger.quality.drift import WINDOW, check
from newsledger.warehouse.sqlfiles import read_sql


def _rows(con, name: str, params: dict) -> list[dict]:
    cur = con.execute(read_sql(f"metrics/{name}.sql"), params)
    columns = [d[0] for d in cur.description]
    return [dict(zip(columns, r)) for r in cur.fetchall()]


def measure(con, run_id: str, inputs_total: int, expectations: int | None,
            expectations_passed: int | None) -> dict[str, float | None]:
    """metric -> value for a run whose rows are published or quarantined."""
    rows = _rows(con, "run_metrics", {"run_id": run_id, "inputs_total": inputs_total,
                                      "expectations": expectations,
                                      "expectations_passed": expectations_passed})
    return {r["metric"]: r["value"] for r in rows}


def histories(con, run_id: str, window: int = WINDOW) -> dict[str, list[float]]:
    """metric -> its values in the previous comparable runs, newest first."""
    found: dict[str, list[float]] = {}
    for r in _rows(con, "history", {"run_id": run_id, "window": window}):
        found.setdefault(r["metric"], []).append(r["value"])
    return found


def record_run_metrics(con, run_id: str, comparable: bool, inputs_total: int,
                       expectations: int | None = None, expectations_passed: int | None = None,
                       at: datetime | None = None) -> list[dict]:
    """Measure, compare and record every metric of the run; returns the rows written."""
    values = measure(con, run_id, inputs_total, expectations, expectations_passed)
    rows = [c.row() for c in check(values, histories(con, run_id), comparable)]
    at = at or datetime.now()
    sql = read_sql("metrics/insert.sql")
    for row in rows:
        con.execute(sql, {"run_id": run_id, "measured_at": at, **row})
    return rows


def drift_rows(con, run_id: str) -> list[dict]:
    return _rows(con, "drift", {"run_id": run_id})


def latest_measured_run(con) -> str | None:
    found = _rows(con, "latest_run", {})
    return found[0]["run_id"] if found else None


def series(con, run_id: str, runs: int = WINDOW + 1) -> dict[str, list[dict]]:
    """metric -> its rows over the last `runs` runs up to `run_id`, oldest first."""
    found: dict[str, list[dict]] = {}
    for r in _rows(con, "series", {"run_id": run_id, "runs": runs}):
        found.setdefault(r["metric"], []).append(r)
    return found
