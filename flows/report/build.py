"""The self-contained HTML report of one run, in reports/<run_id>.html and reports/latest.html."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..warehouse.sqlfiles import read_sql

TEMPLATES = Path(__file__).with_name("templates")


def _environment():
    import jinja2
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                              autoescape=jinja2.select_autoescape(["html"]))


def write_run_report(con, summary, outcome, reports_dir: Path) -> Path:
    reports_dir.mkdir(parents=True, exist_ok=True)
    run_id = summary.run_id
    results = sorted(outcome.results, key=lambda r: (r.success, r.severity != "critical")) if outcome else []
    docs_href = None
    if outcome and outcome.data_docs_path:
        docs_href = os.path.relpath(outcome.data_docs_path, reports_dir)
    html = _environment().get_template("run.html").render(
        s=summary, outcome=outcome, results=results, docs_href=docs_href,
        errors=con.execute(read_sql("report/run_errors.sql"), {"run_id": run_id}).fetchall(),
        top_actors=con.execute(read_sql("report/top_actors.sql")).fetchall(),
        figures=con.execute(read_sql("report/run_figures.sql"), {"run_id": run_id}).fetchall())
    path = reports_dir / f"{run_id}.html"
    path.write_text(html, encoding="utf-8")
    shutil.copyfile(path, reports_dir / "latest.html")
    return path
