"""Validate a staged run with Great Expectations (write-audit-publish).

Each suite in expectations/<name>.json is checked against the DataFrame returned by
sql/quality/<name>.sql for the run (derived boolean columns carry the cross-table checks:
foreign keys, offsets into the body). GX validates pandas DataFrames here because its SQL
datasource does not work with DuckDB (see ../shared/research/stack-notes.md).
Great Expectations is imported only inside this module's functions: it costs seconds.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from ..config import EXPECTATIONS_DIR
from ..warehouse.sqlfiles import read_sql
from .outcome import ExpectationOutcome, ValidationOutcome

SUITE_KEYS = ("name", "expectations", "meta", "notes")
MAX_EXAMPLES = 5


def suite_names() -> list[str]:
    return sorted(p.stem for p in EXPECTATIONS_DIR.glob("*.json"))


def load_suite_dict(name: str) -> dict:
    data = json.loads((EXPECTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return {k: data[k] for k in SUITE_KEYS if data.get(k) is not None}


def staged_frames(con, run_id: str) -> dict:
    """One DataFrame per suite, from sql/quality/<suite>.sql."""
    return {name: con.execute(read_sql(f"quality/{name}.sql"), {"run_id": run_id}).df()
            for name in suite_names()}


class LazyFrames:
    """The same frames, each read when its suite runs and dropped after it, so a large
    run holds one suite's rows in memory at a time, not all eight."""

    def __init__(self, con, run_id: str):
        self.con, self.run_id = con, run_id

    def items(self):
        for name in suite_names():
            yield name, self.con.execute(read_sql(f"quality/{name}.sql"), {"run_id": self.run_id}).df()


def _context(gx_root: Path):
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    gx_root.mkdir(parents=True, exist_ok=True)
    ctx = gx.get_context(mode="file", project_root_dir=str(gx_root))
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    return ctx


def _example_rows(df, indexes) -> list[dict]:
    """The failing rows themselves (long strings cut), so a report can show them."""
    rows = []
    for i in list(indexes or [])[:MAX_EXAMPLES]:
        try:
            row = df.iloc[int(i)].to_dict()
        except (IndexError, ValueError, TypeError):
            continue
        rows.append({k: _plain(v if not isinstance(v, str) or len(v) < 120 else v[:117] + "...")
                     for k, v in row.items()})
    return rows


def _outcomes(suite_name: str, suite_dict: dict, result, df) -> list[ExpectationOutcome]:
    out = []
    for i, r in enumerate(result.results):
        cfg = r.expectation_config
        res = r.result or {}
        examples = _example_rows(df, res.get("partial_unexpected_index_list")) \
            or res.get("partial_unexpected_list") or []
        out.append(ExpectationOutcome(
            suite=suite_name, expectation=cfg.type, column=cfg.kwargs.get("column"),
            severity=str(getattr(cfg, "severity", None) and cfg.severity.value or "critical"),
            success=bool(r.success), element_count=int(res.get("element_count") or 0),
            unexpected_count=int(res.get("unexpected_count") or 0),
            examples=[_plain(x) for x in examples[:MAX_EXAMPLES]],
            observed=_plain(res.get("observed_value")),
            why=(cfg.meta or {}).get("why", "")))
    return out


def _plain(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return None if isinstance(value, float) and value != value else value
    try:
        json.dumps(value)
        return value
    except TypeError:
        return str(value)


def validate_frames(frames: dict, gx_root: Path, run_id: str,
                    build_docs: bool = True) -> ValidationOutcome:
    """Run every suite on its DataFrame; return plain outcomes and the Data Docs path."""
    import great_expectations as gx
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    ctx = _context(gx_root)
    source = ctx.data_sources.add_or_update_pandas("newsledger_staging")
    outcome = ValidationOutcome()
    doc_ids: list = []
    for name, df in frames.items():   # a dict, or LazyFrames
        suite_dict = load_suite_dict(name)
        suite_name = suite_dict["name"]
        ctx.suites.add_or_update(gx.ExpectationSuite(**suite_dict))
        suite = ctx.suites.get(suite_name)
        asset = next((a for a in source.assets if a.name == name), None) or source.add_dataframe_asset(name)
        batch_def = next((b for b in asset.batch_definitions if b.name == "whole"), None) \
            or asset.add_batch_definition_whole_dataframe("whole")
        vd = ctx.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=f"{name}_vd", data=batch_def, suite=suite))
        cp = ctx.checkpoints.add_or_update(gx.Checkpoint(
            name=f"{name}_cp", validation_definitions=[vd], actions=[], result_format="SUMMARY"))
        res = cp.run(batch_parameters={"dataframe": df}, run_id=gx.RunIdentifier(run_name=run_id))
        for result_id, vr in res.run_results.items():
            outcome.results.extend(_outcomes(name, suite_dict, vr, df))
            doc_ids += [result_id, ExpectationSuiteIdentifier(name=suite_name)]
        outcome.rows_checked[name] = len(df)
        del df, res
    if build_docs and doc_ids:
        # one Data Docs build for the whole run (an UpdateDataDocsAction per checkpoint
        # rebuilt the site's index once per suite)
        ctx.build_data_docs(resource_identifiers=doc_ids)
    index = gx_root / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    outcome.data_docs_path = str(index) if index.exists() else None
    return outcome


def validate_run(con, run_id: str, gx_root: Path, build_docs: bool = True) -> ValidationOutcome:
    return validate_frames(LazyFrames(con, run_id), gx_root, run_id, build_docs)
