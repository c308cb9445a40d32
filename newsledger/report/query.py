"""Read-only SQL on the warehouse: the connection itself cannot write."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb

from newsledger.report.text import format_rows
from newsledger.warehouse.sqlfiles import read_sql
from newsledger.warehouse.db import connect

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


class QueryError(Exception):
    pass


def _coerce(value):
    if isinstance(value, str):
        for cast in (int, float):
            try:
                return cast(value)
            except ValueError:
                pass
    return value


def run_query(db: str | Path, sql: str, params: dict | None = None, fmt: str = "table") -> str:
    con = connect(db, read_only=True)
    try:
        # no extension installs, no file access beyond the database itself
        con.execute("set enable_external_access = false")
        con.execute("set lock_configuration = true")
        used = set(_PARAM.findall(sql))
        missing = used - set(params or {})
        if missing:
            raise QueryError(f"the query needs --param for: {', '.join(sorted(missing))}")
        bound = {k: _coerce(v) for k, v in (params or {}).items() if k in used}
        try:
            cur = con.execute(sql, bound) if bound else con.execute(sql)
            columns = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall() if columns else []
        except duckdb.Error as exc:
            raise QueryError(_explain(exc)) from exc
        return format_rows(columns, rows, fmt)
    finally:
        con.close()


def drift_warnings(db: str | Path) -> tuple[str | None, list[str]]:
    """The latest run that measured its quality metrics, and its drift warnings."""
    from newsledger.quality.drift import warning
    from newsledger.quality.metrics import drift_rows, latest_measured_run

    con = connect(db, read_only=True)
    try:
        if not con.execute(read_sql("metrics/table_exists.sql")).fetchone()[0]:
            return None, []
        run_id = latest_measured_run(con)
        return run_id, [warning(r) for r in drift_rows(con, run_id)] if run_id else []
    finally:
        con.close()


def _explain(exc: Exception) -> str:
    text = str(exc).strip()
    if "read-only" in text.lower() or "read only" in text.lower():
        return f"the warehouse is opened read-only for queries: {text.splitlines()[0]}"
    if "external access" in text.lower() or "disabled by configuration" in text.lower():
        return f"queries cannot read or write files or install extensions: {text.splitlines()[0]}"
    return text.splitlines()[0] if text else type(exc).__name__
