"""The Prefect tasks of a load and the steps the flows (`flows/`) string together:
collect -> skip known -> extract -> stage -> validate -> publish -> report.

Every stage is a Prefect task over a batch of inputs (never one task per article). Tasks are
thin: they call the pure extraction code and the warehouse module. Only the flow's process
writes DuckDB; with `runner='dask'` the extraction batches run on Dask workers.
"""
from __future__ import annotations

import secrets
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from newsledger import config  # noqa: F401  (environment first)
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from newsledger.records import ArticleFacts, IngestError, SourceDocument
from newsledger.ingest.inputs import InputSpec, InputStream
from newsledger.orchestration.progress import Progress
from newsledger.orchestration.runners import worker_slots
from newsledger.warehouse import db as wdb
from newsledger.warehouse.classify import Classified, RunMemory, classify
from newsledger.warehouse.publish import publish, quarantine
from newsledger.warehouse.retry import rejected_run, restage
from newsledger.warehouse.runs import finish_run, record_errors, start_run
from newsledger.warehouse.stage import StagedArticle, stage_batch

DEFAULT_BATCH = 64


@dataclass
class RunSummary:
    run_id: str
    db: str
    status: str = "running"
    inputs_total: int = 0
    inputs_new: int = 0
    inputs_changed: int = 0
    inputs_skipped: int = 0
    inputs_duplicate: int = 0
    inputs_rejected: int = 0
    published: dict[str, int] = field(default_factory=dict)
    validation_success: bool | None = None
    failures: list[dict] = field(default_factory=list)
    report_path: str | None = None
    data_docs_path: str | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)
    message: str | None = None
    errors: list[dict] = field(default_factory=list)
    retry_of: str | None = None          # the rejected run whose quarantined batch this run retries

    def as_dict(self) -> dict:
        return asdict(self)


def new_run_id() -> str:
    return datetime.now().strftime("run-%Y%m%dT%H%M%S-") + secrets.token_hex(3)


class Timer:
    def __init__(self, summary: RunSummary):
        self.summary = summary

    def add(self, stage: str, seconds: float) -> None:
        self.summary.stage_seconds[stage] = self.summary.stage_seconds.get(stage, 0.0) + seconds


def _log_stage(stage: str, started: float, **counts) -> None:
    text = " ".join(f"{k}={v}" for k, v in counts.items())
    get_run_logger().info("stage=%s seconds=%.3f %s", stage, time.perf_counter() - started, text)


# ---- Collect ---------------------------------------------------------------------------

@task(name="collect", cache_policy=NO_CACHE)
def collect_task(stream: InputStream, batch_size: int, fetch_settings=None) -> list:
    started = time.perf_counter()
    items = stream.next_files(batch_size)
    if len(items) < batch_size:
        urls = stream.next_urls(batch_size - len(items))
        if urls:
            from newsledger.ingest.html import fetch_documents
            items += list(fetch_documents(urls, allow_private_hosts=stream.spec.allow_private_hosts,
                                          settings=fetch_settings))
    _log_stage("collect", started, items=len(items))
    return items


# ---- Skip known ------------------------------------------------------------------------

@task(name="skip-known", cache_policy=NO_CACHE)
def skip_known_task(con, docs: list[SourceDocument], memory: RunMemory) -> Classified:
    started = time.perf_counter()
    out = classify(con, docs, memory)
    _log_stage("skip-known", started, new=len(out.new), changed=len(out.changed),
               unchanged=len(out.unchanged), duplicates=len(out.duplicates))
    return out


# ---- Extract ---------------------------------------------------------------------------

@task(name="extract", cache_policy=NO_CACHE)
def extract_task(texts: list[tuple[str, str | None]]) -> list[ArticleFacts]:
    from newsledger.extract.article import extract_texts
    from newsledger.extract.nlp import get_nlp
    started = time.perf_counter()
    get_nlp()
    facts = list(extract_texts(texts))
    try:
        _log_stage("extract", started, articles=len(texts))
    except Exception:  # noqa: BLE001  (no run context on a bare Dask worker)
        pass
    return facts


# ---- Stage -----------------------------------------------------------------------------

@task(name="stage", cache_policy=NO_CACHE)
def stage_task(con, batch: list[StagedArticle], run_id: str, ingested_at: datetime) -> dict:
    started = time.perf_counter()
    counts = stage_batch(con, batch, run_id, ingested_at)
    _log_stage("stage", started, **counts)
    return counts


# ---- Validate, publish, report ----------------------------------------------------------

@task(name="validate", cache_policy=NO_CACHE)
def validate_task(con, run_id: str, gx_root: str):
    from newsledger.quality.validate import validate_run
    started = time.perf_counter()
    outcome = validate_run(con, run_id, Path(gx_root))
    _log_stage("validate", started, success=outcome.success, failed=len(outcome.failures))
    return outcome


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(con, run_id: str, retry_of: str | None = None) -> dict:
    started = time.perf_counter()
    counts = publish(con, run_id, retry_of)
    _log_stage("publish", started, **counts)
    return counts


@task(name="quarantine", cache_policy=NO_CACHE)
def quarantine_task(con, run_id: str, failed: list[str], retry_of: str | None = None) -> None:
    started = time.perf_counter()
    quarantine(con, run_id, failed, retry_of)
    _log_stage("quarantine", started, failed=len(failed))


@task(name="report", cache_policy=NO_CACHE)
def report_task(con, summary: RunSummary, outcome, reports_dir: str) -> str:
    from newsledger.report.build import write_run_report
    started = time.perf_counter()
    path = write_run_report(con, summary, outcome, Path(reports_dir))
    _log_stage("report", started, path=path)
    return str(path)


@task(name="artifacts", cache_policy=NO_CACHE)
def artifacts_task(summary: RunSummary, outcome) -> None:
    """Prefect artifacts for the UI: markdown summary and validation table (never fails the run)."""
    from newsledger.report.artifacts import publish_artifacts
    started = time.perf_counter()
    try:
        publish_artifacts(summary, outcome)
    except Exception as exc:  # noqa: BLE001  (the report file and load_runs already have it all)
        get_run_logger().warning("artifacts not created: %s: %s", type(exc).__name__, exc)
    _log_stage("artifacts", started, data_docs=summary.data_docs_path)


# ---- The flow --------------------------------------------------------------------------

DASK_TASK_ARTICLES = 64   # most articles per extraction task on Dask (a larger batch is split)
DASK_TAIL_ARTICLES = 8    # fewest articles per task, near the end of a run
DASK_BATCHES_AHEAD = 4    # batches submitted to Dask before the flow waits for the oldest


def task_sizes(n: int, left: int, slots: int, most: int = DASK_TASK_ARTICLES,
               fewest: int = DASK_TAIL_ARTICLES) -> list[int]:
    """How a batch of `n` articles is cut into extraction tasks for `slots` worker threads,
    when `left` more articles are still to be collected after it. Guided self-scheduling
    (Polychronopoulos and Kuck, 1987): each task takes an equal share of half the work that
    remains, so tasks are large (`most`) while there is plenty of it and shrink towards
    `fewest` at the end; the workers then finish together instead of one idling while the
    other ends a last large task. A remainder under `fewest` joins the batch's last task,
    unless the run ends with it."""
    if n <= 0:
        return []
    if slots <= 1:                      # one worker: no tail to even out
        tasks = -(-n // most)
        base, extra = divmod(n, tasks)
        return [base + 1] * extra + [base] * (tasks - extra)
    sizes, rest, left = [], n, max(0, left)
    while rest > 0:
        share = -(-(rest + left) // (2 * slots))
        size = min(rest, max(fewest, min(most, share)))
        if left and rest - size < fewest and rest <= most:
            size = rest
        sizes.append(size)
        rest -= size
    return sizes


def extract_batches(batches, runner: str, timer: Timer, left=lambda: 0, slots: int = 1):
    """Yield (batch, facts) in order. On Dask, a batch goes out as tasks (see task_sizes;
    `left()` is how many articles are still to be collected, `slots` the cluster's worker
    threads) and a few batches stay in flight."""
    if runner != "dask":
        for batch in batches:
            texts = [(doc.text, doc.published_at) for _, doc in batch.to_extract]
            t0 = time.perf_counter()
            facts = extract_task(texts) if texts else []
            timer.add("extract", time.perf_counter() - t0)
            yield batch, facts
        return

    def wait(batch, futures):
        t0 = time.perf_counter()
        facts = [f for fut in futures for f in fut.result()]
        timer.add("extract_wait", time.perf_counter() - t0)
        return batch, facts

    pending = []
    for batch in batches:
        texts = [(doc.text, doc.published_at) for _, doc in batch.to_extract]
        futures, start = [], 0
        for size in task_sizes(len(texts), left(), slots):
            futures.append(extract_task.submit(texts[start:start + size]))
            start += size
        pending.append((batch, futures))
        if len(pending) >= DASK_BATCHES_AHEAD:
            yield wait(*pending.pop(0))
    for batch, futures in pending:
        yield wait(batch, futures)


@contextmanager
def held_warehouse(db_path: str, lock_timeout: float, summary: RunSummary):
    """The run's writer connection: waits for the lock, names the holder, creates the schema;
    on any exception the run is recorded as failed before the error propagates."""
    con = wdb.connect_wait(db_path, lock_timeout)
    wdb.mark_holder(db_path, summary.run_id)
    try:
        wdb.ensure_schema(con)
        yield con
    except BaseException as exc:
        _fail(con, db_path, summary, exc)
        raise
    _close(con, db_path)


def audit_publish_report(con, summary: RunSummary, timer: Timer, reports: str) -> None:
    """Validate the run's staged batch, publish or quarantine it, write the report, finish."""
    run_id = summary.run_id
    t0 = time.perf_counter()
    staged_any = con.execute("select count(*) from stg_articles where run_id = ?",
                             [run_id]).fetchall()[0][0]
    outcome = validate_task(con, run_id, str(Path(reports) / "gx")) if staged_any else None
    timer.add("validate", time.perf_counter() - t0)
    t0 = time.perf_counter()
    if outcome is None or outcome.success:
        summary.published = publish_task(con, run_id, summary.retry_of)
        summary.status = "succeeded"
    else:
        failed = [f"{r.suite}:{r.expectation}({r.column})" for r in outcome.failures if r.blocking]
        quarantine_task(con, run_id, failed, summary.retry_of)
        summary.status = "rejected"
        rejected = f"rejected by validation: {len(failed)} critical expectation(s) failed"
        summary.message = f"{summary.message}; {rejected}" if summary.message else rejected
    timer.add("publish", time.perf_counter() - t0)
    if outcome is not None:
        summary.validation_success = outcome.success
        summary.failures = [asdict(r) for r in outcome.failures]
        summary.data_docs_path = outcome.data_docs_path
    t0 = time.perf_counter()
    summary.report_path = report_task(con, summary, outcome, reports)
    timer.add("report", time.perf_counter() - t0)
    artifacts_task(summary, outcome)
    _finish(con, summary, outcome)


def _fail(con, db_path: str, summary: RunSummary, exc: BaseException) -> None:
    summary.status = "failed"
    summary.message = f"{type(exc).__name__}: {exc}"
    try:
        _finish(con, summary, None)
    finally:
        _close(con, db_path)


def _close(con, db_path: str) -> None:
    wdb.clear_holder(db_path)
    con.close()


def _finish(con, summary: RunSummary, outcome) -> None:
    p = summary.published
    finish_run(
        con, summary.run_id, finished_at=datetime.now(), status=summary.status,
        inputs_total=summary.inputs_total, inputs_new=summary.inputs_new,
        inputs_changed=summary.inputs_changed, inputs_skipped=summary.inputs_skipped,
        inputs_duplicate=summary.inputs_duplicate, inputs_rejected=summary.inputs_rejected,
        articles_published=p.get("articles", 0), actors_published=p.get("actors", 0),
        mentions_published=p.get("mentions", 0), figures_published=p.get("figures", 0),
        events_published=p.get("events", 0),
        expectations_failed=len([f for f in summary.failures if f["severity"] == "critical"]),
        validation_success=summary.validation_success, report_path=summary.report_path,
        data_docs_path=summary.data_docs_path, message=summary.message)
