"""Validate a staged run with Great Expectations (write-audit-publish).

Each suite in expectations/<name>.json is checked against the DataFrame returned by
sql/quality/<name>.sql for the run (derived boolean columns carry the cross-table checks:
foreign keys, offsets into the body). GX validates pandas DataFrames here because its SQL
datasource does not work with DuckDB (see ../shared/research/stack-notes.md).
Great Expectations is imported only inside this module's functions: it costs seconds.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path

from newsledger.resources import EXPECTATIONS_DIR, listing
from newsledger.warehouse.sqlfiles import read_sql
from newsledger.quality.datadocs import make_offline
from newsledger.quality.outcome import ExpectationOutcome, ValidationOutcome

SUITE_KEYS = ("name", "expectations", "meta", "notes")
MAX_EXAMPLES = 5


# Suites of the published tables that the publish transaction derives (happenings), checked
# inside it after linking: expectations/published/<name>.json on sql/quality/published/<name>.sql.
PUBLISHED = "published"


def suite_names(folder: str | None = None) -> list[str]:
    """The suites of expectations/ (the staged tables), or of its sub-folder `folder`."""
    where = EXPECTATIONS_DIR / folder if folder else EXPECTATIONS_DIR
    return [p.name.removesuffix(".json") for p in listing(where, ".json")]


def load_suite_dict(name: str, folder: str | None = None) -> dict:
    where = EXPECTATIONS_DIR / folder if folder else EXPECTATIONS_DIR
    data = json.loads((where / f"{name}.json").read_text(encoding="utf-8"))
    return {k: data[k] for k in SUITE_KEYS if data.get(k) is not None}


# Expectations that judge each row alone: a suite made of these (plus uniqueness of at most one
# column) gives the same verdict checked in parts as checked whole, as long as rows with equal
# values of the unique column always fall in the same part.
ROW_WISE = frozenset({
    "expect_column_values_to_not_be_null", "expect_column_values_to_be_in_set",
    "expect_column_values_to_match_regex", "expect_column_values_to_be_between",
})
UNIQUE = "expect_column_values_to_be_unique"
PART_ROWS = 100_000     # rows per part: validating a frame holds ~0.5 kB per row (GX, pandas)
FETCH_VECTORS = 10      # DuckDB vectors (2,048 rows) per fetch


def part_key(suite_dict: dict) -> tuple[bool, str | None]:
    """(can the suite be checked in parts, the column whose equal values must share a part)."""
    kinds = [e["type"] for e in suite_dict["expectations"]]
    unique = sorted({e["kwargs"]["column"] for e in suite_dict["expectations"] if e["type"] == UNIQUE})
    if any(k not in ROW_WISE and k != UNIQUE for k in kinds) or len(unique) > 1:
        return False, None
    return True, (unique[0] if unique else None)


def frame_parts(cursor, part_rows: int):
    """DataFrames of at most `part_rows` rows, streamed from an executed query."""
    import pandas as pd

    vectors = max(1, min(FETCH_VECTORS, -(-part_rows // 2048)))
    frame = None
    while True:
        chunk = cursor.fetch_df_chunk(vectors)
        end = len(chunk) == 0
        if not end:
            frame = chunk if frame is None else pd.concat([frame, chunk], ignore_index=True)
        while frame is not None and (len(frame) > part_rows or (end and len(frame))):
            yield frame.iloc[:part_rows].reset_index(drop=True)
            frame = frame.iloc[part_rows:].reset_index(drop=True)
        if end:
            return


class LazyFrames:
    """The suites' frames, each read when its suite runs and dropped after it: a run holds
    one suite's rows at a time, not all eight. A suite of more than `part_rows` rows whose
    expectations allow it (see part_key) is read and checked in parts, so the memory a
    validation needs does not grow with the size of the run: rows stream in slices, or,
    when the suite checks a column for uniqueness, fall into parts by a hash of that column
    (equal values, hence every duplicate, in one part)."""

    def __init__(self, con, run_id: str, part_rows: int | None = PART_ROWS):
        self.con, self.params, self.part_rows = con, {"run_id": run_id}, part_rows

    def items(self):
        for name in suite_names():
            sql = read_sql(f"quality/{name}.sql")
            chunked, key = part_key(load_suite_dict(name))
            if not self.part_rows or not chunked:
                yield name, self.con.execute(sql, self.params).df()
            elif key is None:
                empty = True
                for part in frame_parts(self.con.execute(sql, self.params), self.part_rows):
                    empty = False
                    yield name, part
                if empty:
                    yield name, self.con.execute(sql, self.params).df()
            else:
                yield from ((name, part) for part in self._hashed_parts(sql, key))

    def _hashed_parts(self, sql: str, key: str):
        rows = self.con.execute(f"select count(*) from (\n{sql}\n)", self.params).fetchone()[0]
        parts = max(1, -(-rows // self.part_rows))
        if parts == 1:
            yield self.con.execute(sql, self.params).df()
            return
        for i in range(parts):
            yield self.con.execute(f"select * from (\n{sql}\n) where coalesce(hash({key}) % {parts}, 0) = {i}",
                                   self.params).df()


def merge_outcome(into: ExpectationOutcome, part: ExpectationOutcome) -> None:
    """Fold one part's result for an expectation into the whole suite's."""
    into.success = into.success and part.success
    into.articles = sorted(set(into.articles) | set(part.articles))
    into.element_count += part.element_count
    into.unexpected_count += part.unexpected_count
    into.examples = (into.examples + part.examples)[:MAX_EXAMPLES]
    if into.observed is None:
        into.observed = part.observed


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


def failing_articles(df, indexes, column: str | None) -> list[str]:
    """The article ids of the failing rows (`column` holds one id, or a list of ids)."""
    if not column or column not in df.columns or not indexes:
        return []
    found: set[str] = set()
    for i in indexes:
        try:
            value = df.at[int(i), column]
        except (KeyError, ValueError, TypeError):
            continue
        values = [value] if isinstance(value, str) else list(value) if value is not None else []
        found.update(str(v) for v in values if isinstance(v, str))
    return sorted(found)


def _outcomes(suite_name: str, suite_dict: dict, result, df) -> list[ExpectationOutcome]:
    out = []
    article_column = (suite_dict.get("meta") or {}).get("article_column")
    for i, r in enumerate(result.results):
        cfg = r.expectation_config
        res = r.result or {}
        grain = (cfg.meta or {}).get("grain", "row")
        examples = _example_rows(df, res.get("partial_unexpected_index_list")) \
            or res.get("partial_unexpected_list") or []
        out.append(ExpectationOutcome(
            suite=suite_name, expectation=cfg.type, column=cfg.kwargs.get("column"),
            severity=str(getattr(cfg, "severity", None) and cfg.severity.value or "critical"),
            success=bool(r.success), element_count=int(res.get("element_count") or 0),
            unexpected_count=int(res.get("unexpected_count") or 0),
            examples=[_plain(x) for x in examples[:MAX_EXAMPLES]],
            observed=_plain(res.get("observed_value")),
            why=(cfg.meta or {}).get("why", ""), grain=grain,
            articles=[] if r.success or grain == "batch"
            else failing_articles(df, res.get("unexpected_index_list"), article_column)))
    return out


def _plain(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return None if isinstance(value, float) and value != value else value
    try:
        json.dumps(value)
        return value
    except TypeError:
        return str(value)


STAGING_SOURCE = "newsledger_staging"
REGISTERED_FILE = "newsledger_registered.json"   # suite -> fingerprint of what is registered


# COMPLETE: every failing row's index, so that a failure pins the articles it belongs to
RESULT_FORMAT = "COMPLETE"


def _fingerprint(gx, suite_dict: dict) -> str:
    """What the registration of a suite depends on: the suite, the result format and the GX version."""
    blob = json.dumps([gx.__version__, RESULT_FORMAT, suite_dict], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _registered_path(gx_root: Path, folder: str | None = None) -> Path:
    name = REGISTERED_FILE if not folder else REGISTERED_FILE.replace(".json", f"_{folder}.json")
    return gx_root / "gx" / "uncommitted" / name


def _read_registered(gx_root: Path, folder: str | None = None) -> dict[str, str]:
    try:
        found = json.loads(_registered_path(gx_root, folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _register(gx, ctx, source, name: str, suite_dict: dict):
    """The suite `name` registered in the context, with its data asset (on `source`, a new
    data source), validation definition and checkpoint; returns the checkpoint."""
    ctx.suites.add_or_update(gx.ExpectationSuite(**suite_dict))
    suite = ctx.suites.get(suite_dict["name"])
    batch_def = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("whole")
    vd = ctx.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=f"{name}_vd", data=batch_def, suite=suite))
    return ctx.checkpoints.add_or_update(gx.Checkpoint(
        name=f"{name}_cp", validation_definitions=[vd], actions=[], result_format=RESULT_FORMAT))


def _checkpoints(gx, ctx, gx_root: Path, folder: str | None = None) -> dict[str, tuple[dict, object]]:
    """suite -> (its dict, its checkpoint), for every suite of expectations/.

    Registering the suites takes ~0.1 s each, so the fingerprints of the registered ones are
    kept beside the store: when none changed, the checkpoints are read from the store. When
    any did (or the store lost one), all are registered again on a new data source (a data
    source read back from the store gives assets that GX cannot run a new definition on)."""
    suites = {name: load_suite_dict(name, folder) for name in suite_names(folder)}
    wanted = {name: _fingerprint(gx, d) for name, d in suites.items()}
    if _read_registered(gx_root, folder) == wanted:
        try:
            return {name: (d, ctx.checkpoints.get(f"{name}_cp")) for name, d in suites.items()}
        except (gx.exceptions.GreatExpectationsError, ValueError):
            pass                                  # gone from the store: registered below
    source = ctx.data_sources.add_or_update_pandas(f"newsledger_{folder}" if folder else STAGING_SOURCE)
    found = {name: (d, _register(gx, ctx, source, name, d)) for name, d in suites.items()}
    _registered_path(gx_root, folder).write_text(json.dumps(wanted, indent=1, sort_keys=True),
                                         encoding="utf-8")
    return found


def register_suites(gx_root: Path) -> None:
    """Register every suite in the GX store at `gx_root` now (a run does it when needed)."""
    import great_expectations as gx

    _checkpoints(gx, _context(gx_root), gx_root)


def validate_frames(frames: dict, gx_root: Path, run_id: str,
                    build_docs: bool = True, folder: str | None = None) -> ValidationOutcome:
    """Run every suite on its DataFrame; return plain outcomes and the Data Docs path."""
    import great_expectations as gx
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    ctx = _context(gx_root)
    checkpoints = _checkpoints(gx, ctx, gx_root, folder)
    outcome = ValidationOutcome()
    doc_ids: list = []
    parts: dict[str, int] = {}
    merged: dict[tuple[str, int], ExpectationOutcome] = {}
    for name, df in frames.items():   # a dict, or LazyFrames (which may give a suite in parts)
        part = parts[name] = parts.get(name, 0) + 1
        suite_dict, cp = checkpoints[name]
        suite_name = suite_dict["name"]
        # each part is its own validation result in Data Docs (same run name: one would replace the other)
        run_name = run_id if part == 1 else f"{run_id} part {part}"
        res = cp.run(batch_parameters={"dataframe": df}, run_id=gx.RunIdentifier(run_name=run_name))
        for result_id, vr in res.run_results.items():
            for i, found in enumerate(_outcomes(name, suite_dict, vr, df)):
                if (name, i) in merged:
                    merge_outcome(merged[(name, i)], found)
                else:
                    merged[(name, i)] = found
                    outcome.results.append(found)
            doc_ids += [result_id, ExpectationSuiteIdentifier(name=suite_name)]
        outcome.rows_checked[name] = outcome.rows_checked.get(name, 0) + len(df)
        del df, res
    index = gx_root / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    if build_docs and doc_ids:
        # one Data Docs build for the whole run (an UpdateDataDocsAction per checkpoint
        # rebuilt the site's index once per suite), then made to work offline
        started = time.time()
        ctx.build_data_docs(resource_identifiers=doc_ids)
        remaining = make_offline(index.parent, since=started - 1)
        if remaining:
            logging.getLogger(__name__).warning(
                "Data Docs still load %d external asset(s): %s", len(remaining), remaining[:3])
    outcome.data_docs_path = str(index) if index.exists() else None
    return outcome


def validate_run(con, run_id: str, gx_root: Path, build_docs: bool = True,
                 part_rows: int | None = PART_ROWS) -> ValidationOutcome:
    """`part_rows`: rows per part for the suites that can be checked in parts (None: whole)."""
    return validate_frames(LazyFrames(con, run_id, part_rows), gx_root, run_id, build_docs)


def validate_published(con, gx_root: Path, run_id: str) -> ValidationOutcome:
    """The suites of expectations/published/ on the published tables as the open publish
    transaction left them (happenings after linking); no Data Docs build (the run's own
    validation builds them)."""
    frames = {name: con.execute(read_sql(f"quality/{PUBLISHED}/{name}.sql")).df()
              for name in suite_names(PUBLISHED)}
    return validate_frames(frames, gx_root, run_id, build_docs=False, folder=PUBLISHED)
