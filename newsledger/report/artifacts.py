"""Prefect artifacts of a run, for the Prefect UI: a markdown summary and a table of the
validation results (keys are lowercase with dashes; each key versions its artifact)."""
from __future__ import annotations

from pathlib import Path

SUMMARY_KEY = "newsledger-run-summary"
VALIDATION_KEY = "newsledger-validation"
MAX_LISTED = 10


def _link(path: str | None) -> str:
    if not path:
        return "none"
    return f"[`{path}`]({Path(path).resolve().as_uri()})"


def markdown_summary(summary, outcome) -> str:
    s = summary
    lines = [f"# newsledger run `{s.run_id}`: **{s.status}**", ""]
    if s.message:
        lines += [f"> {s.message}", ""]
    if s.drift:
        lines.append(f"**Drift warnings ({len(s.drift)}):** (quality metrics outside the band of the previous runs)")
        lines += [f"- {line}" for line in s.drift]
        lines.append("")
    if s.quarantined:
        lines.append(f"**Quarantined articles ({s.articles_quarantined}):**")
        lines += [f"- `{q['source']}`: {', '.join(q['failed'])}" for q in s.quarantined[:MAX_LISTED]]
        if len(s.quarantined) > MAX_LISTED:
            lines.append(f"- ... and {len(s.quarantined) - MAX_LISTED} more (see the report)")
        lines.append("")
    lines += [
        "| inputs seen | new | changed | skipped (known) | duplicate | rejected |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {s.inputs_total} | {s.inputs_new} | {s.inputs_changed} | {s.inputs_skipped} "
        f"| {s.inputs_duplicate} | {s.inputs_rejected} |", "",
        "**Published:** " + (", ".join(f"{v} {k}" for k, v in s.published.items())
                             if s.published else "nothing"), ""]
    if outcome is None:
        lines.append("**Validation:** nothing new to validate.")
    else:
        failed = outcome.failures
        critical = [r for r in failed if r.severity == "critical"]
        lines.append(f"**Validation:** {'passed' if outcome.success else 'FAILED'}: "
                     f"{len(outcome.results)} expectations, {len(critical)} critical and "
                     f"{len(failed) - len(critical)} other failures.")
        for r in failed[:MAX_LISTED]:
            lines.append(f"- {r.severity} `{r.suite}`: {r.expectation}({r.column or ''}): "
                         f"{r.unexpected_count} rows")
    lines.append("")
    if s.errors:
        lines.append(f"**Rejected inputs ({len(s.errors)}):**")
        for e in s.errors[:MAX_LISTED]:
            lines.append(f"- `{e['source']}` [{e['stage']}] {e['error']}")
        if len(s.errors) > MAX_LISTED:
            lines.append(f"- ... and {len(s.errors) - MAX_LISTED} more (see the report)")
        lines.append("")
    lines += [f"**Report:** {_link(s.report_path)}  ",
              f"**Data Docs:** {_link(s.data_docs_path)}  ",
              f"**Database:** `{s.db}`", ""]
    if s.stage_seconds:
        lines.append("Stage seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in s.stage_seconds.items()))
    return "\n".join(lines)


def validation_rows(outcome) -> list[dict]:
    """One row per expectation, failures first."""
    if outcome is None:
        return [{"result": "nothing new to validate"}]
    ordered = sorted(outcome.results, key=lambda r: (r.success, r.severity != "critical",
                                                      r.suite, r.expectation))
    return [{"result": "pass" if r.success else "FAIL", "severity": r.severity, "suite": r.suite,
             "expectation": r.expectation, "column": r.column or "",
             "unexpected": r.unexpected_count, "checked": r.element_count,
             "examples": ", ".join(str(e) for e in r.examples[:3])} for r in ordered]


def publish_artifacts(summary, outcome) -> list:
    """Create both artifacts in the current flow run; returns their ids."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    docs = summary.data_docs_path or "no Data Docs (nothing validated)"
    return [
        create_markdown_artifact(key=SUMMARY_KEY, markdown=markdown_summary(summary, outcome),
                                 description=f"Run {summary.run_id}: {summary.status}"),
        create_table_artifact(key=VALIDATION_KEY, table=validation_rows(outcome),
                              description=f"Validation of run {summary.run_id}. Data Docs: {docs}"),
    ]
