"""Rendering query results and run summaries for the terminal."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) < 1e15 else f"{value:.3e}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def format_rows(columns: list[str], rows: list[tuple], fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "json":
        def default(v):
            return v.isoformat() if isinstance(v, (date, datetime)) else str(v)
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False,
                          default=default, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in r] for r in rows])
        return buf.getvalue().rstrip("\n")
    cells = [[_cell(v).replace("\n", " ") for v in r] for r in rows]
    cells = [[c if len(c) <= max_width else c[:max_width - 1] + "…" for c in r] for r in cells]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths))
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    return "\n".join([line, sep, *body, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def run_summary_text(s: dict) -> str:
    p = s.get("published") or {}
    lines = [
        f"newsledger run {s['run_id']}: {s['status'].upper()}",
        f"  database   {s['db']}",
        f"  inputs     {s['inputs_total']} seen: {s['inputs_new']} new, {s['inputs_changed']} changed, "
        f"{s['inputs_skipped']} skipped (known), {s['inputs_duplicate']} duplicate, "
        f"{s['inputs_rejected']} rejected",
        "  published  " + (", ".join(f"{v} {k}" for k, v in p.items()) if p else "nothing"),
    ]
    quarantined = s.get("quarantined") or []
    if s.get("articles_quarantined"):
        lines.insert(1, f"  QUARANTINED {s['articles_quarantined']} article(s), kept in quarantine_* "
                        "(newsledger run --retry-rejected validates them again):")
        for i, q in enumerate(quarantined[:8]):
            lines.insert(2 + i, f"    {q['source']}: {', '.join(q['failed'])}")
        if len(quarantined) > 8:
            lines.insert(10, f"    ... and {len(quarantined) - 8} more (see the report)")
    if s.get("drift"):                              # after the quarantined articles
        at = next(i for i, line in enumerate(lines) if line.startswith("  database"))
        lines[at:at] = [f"  DRIFT      {line}" for line in s["drift"]] + [
            "             (a warning, the run is not rejected: --strict makes it fail)"]
    if s.get("validation_success") is None:
        lines.append("  validation nothing new to validate")
    else:
        crit = [f for f in s["failures"] if f["severity"] == "critical"]
        warn = [f for f in s["failures"] if f["severity"] != "critical"]
        lines.append(f"  validation {'passed' if s['validation_success'] else 'FAILED'}"
                     f" ({len(crit)} critical, {len(warn)} warning failures)")
        for f in crit[:8]:
            lines.append(f"    FAILED {f['suite']}: {f['expectation']}({f['column'] or ''}) "
                         f"{f['unexpected_count']} rows, e.g. {f['examples'][:1]}")
    for e in (s.get("errors") or [])[:5]:
        lines.append(f"  rejected   {e['source']} [{e['stage']}] {e['error']}")
    if len(s.get("errors") or []) > 5:
        lines.append(f"  rejected   ... and {len(s['errors']) - 5} more (see the report)")
    if s.get("message"):
        lines.append(f"  note       {s['message']}")
    lines.append(f"  report     {s.get('report_path')}")
    if s.get("data_docs_path"):
        lines.append(f"  data docs  {s['data_docs_path']}")
    return "\n".join(lines)
