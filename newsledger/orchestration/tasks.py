"""The Prefect tasks of a load and the steps the flows (`flows/`) string together:
collect -> skip known -> extract -> stage -> validate -> publish -> report.

Every stage is a Prefect task over a batch of inputs (never one task per article). Tasks are
thin: they call the pure extraction code and the warehouse module. They take and return
plain data (paths, URLs, records, counts), so any of them can be retried: a task that
touches the warehouse gets the file's path and opens its own connection
(`warehouse.db.run_connection`), in the flow's process, which holds the file for the whole
run (`held_warehouse`): one writer. With `runner='dask'` the extraction batches run on
Dask workers. `stage_seconds` comes from Prefect's own task runs (`StageClock`).
"""
from __future__ import annotations

import secrets
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from newsledger import config  # noqa: F401  (environment first)
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from newsledger.ingest.dumps import DumpRecord, decide_language
from newsledger.ingest.inputs import InputBatch, Item
from newsledger.records import ArticleFacts, IngestError, SourceDocument
from newsledger.warehouse import db as wdb
from newsledger.warehouse.classify import Classified, RunMemory, classify
from newsledger.quality.verdict import DEFAULT_MAX_QUARANTINE_SHARE, verdict
from newsledger.warehouse.publish import (PUBLISHED_COUNTS, publish, quarantine, quarantined_articles,
                                          type_conflicts)
from newsledger.warehouse.retry import restage
from newsledger.warehouse.runs import finish_run, staged_articles, unlinked_events
from newsledger.warehouse.stage import StagedArticle, stage_batch

DEFAULT_BATCH = config.DEFAULT_BATCH
FETCH_RETRIES = 2            # a fetch or feed task that raised runs again, after these delays
FETCH_RETRY_DELAYS = [2, 10]


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
    max_quarantine_share: float = DEFAULT_MAX_QUARANTINE_SHARE
    articles_quarantined: int = 0
    quarantined: list[dict] = field(default_factory=list)   # {article_id, source, failed}, for the report
    metrics: list[dict] = field(default_factory=list)       # quality_metrics rows of the run
    drift: list[str] = field(default_factory=list)          # one warning per metric outside its band

    def as_dict(self) -> dict:
        return asdict(self)


def new_run_id() -> str:
    return datetime.now().strftime("run-%Y%m%dT%H%M%S-") + secrets.token_hex(3)


def _log_stage(stage: str, started: float, **counts) -> None:
    text = " ".join(f"{k}={v}" for k, v in counts.items())
    get_run_logger().info("stage=%s seconds=%.3f %s", stage, time.perf_counter() - started, text)


# ---- Stage timings from Prefect's task runs ----------------------------------------------

# task name -> key of RunSummary.stage_seconds (read by the report, the artifact and the bench)
STAGE_OF = {"read-feed": "collect", "collect": "collect", "fetch": "collect",
            "skip-known": "skip_known", "extract": "extract", "stage": "stage",
            "restage": "stage", "validate": "validate", "publish": "publish",
            "quarantine": "publish", "quality-metrics": "quality_metrics", "report": "report"}
REMOTE_EXTRACT = "extract_workers"   # Dask: the extraction tasks' run time summed over workers


class StageClock:
    """Fills `stage_seconds` with Prefect's own durations: `TaskRun.total_run_time`, which
    the task engine keeps as the task run moves through its states (every attempt of a
    retried task counts). Tasks run in this process hand their task run to a state hook
    (`timed`): no API call. Extraction tasks on Dask run their hooks on the workers; their
    task run ids are kept (`remote`) and their durations read from the Prefect API in one
    query at the end (`collect_remote`)."""

    REMOTE_WAIT = 10.0     # seconds to wait for the API to record the last remote task runs

    def __init__(self, summary: RunSummary):
        self.summary = summary
        self._timed: dict[str, object] = {}
        self.remote: list = []

    def record_stage_seconds(self, task, task_run, state) -> None:
        stage = STAGE_OF.get(task.name, task.name)
        seconds = self.summary.stage_seconds
        seconds[stage] = seconds.get(stage, 0.0) + task_run.total_run_time.total_seconds()

    def timed(self, t):
        """`t` with the hook that records its duration (made once per task and run)."""
        if t.name not in self._timed:
            hooks = [self.record_stage_seconds]
            self._timed[t.name] = t.with_options(on_completion=hooks, on_failure=hooks)
        return self._timed[t.name]

    def collect_remote(self) -> None:
        if not self.remote:
            return
        from prefect.client.orchestration import get_client
        from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterId

        ids, runs = list(self.remote), []
        deadline = time.monotonic() + self.REMOTE_WAIT
        with get_client(sync_client=True) as client:
            while True:
                runs = []
                for start in range(0, len(ids), 200):
                    chunk = ids[start:start + 200]
                    runs += client.read_task_runs(
                        task_run_filter=TaskRunFilter(id=TaskRunFilterId(any_=chunk)), limit=len(chunk))
                done = [r for r in runs if r.state is not None and r.state.is_final()]
                if len(done) == len(ids) or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
        self.remote = []
        if done:
            seconds = self.summary.stage_seconds
            seconds[REMOTE_EXTRACT] = seconds.get(REMOTE_EXTRACT, 0.0) + sum(
                r.total_run_time.total_seconds() for r in done)


# ---- Collect ---------------------------------------------------------------------------

@task(name="read-feed", cache_policy=NO_CACHE, retries=FETCH_RETRIES,
      retry_delay_seconds=FETCH_RETRY_DELAYS)
def read_feed_task(feed: str, allow_private_hosts: bool) -> list[str] | IngestError:
    """The article URLs a feed or sitemap lists (an IngestError for a bad feed)."""
    from newsledger.ingest.feeds import feed_urls
    started = time.perf_counter()
    entries = feed_urls(feed, allow_private_hosts=allow_private_hosts)
    _log_stage("read-feed", started, entries=0 if isinstance(entries, IngestError) else len(entries))
    return entries


@task(name="collect", cache_policy=NO_CACHE)
def collect_task(files: list[str | DumpRecord | IngestError]) -> list[Item]:
    """Read a batch of planned files and dump records: one document or IngestError per
    entry, in order."""
    from newsledger.ingest.files import collect_paths
    from newsledger.orchestration import readahead
    started = time.perf_counter()
    items: list[Item] = []
    for entry in files:
        if isinstance(entry, IngestError):
            items.append(entry)
        elif isinstance(entry, DumpRecord):
            items.append(readahead.take(entry))
        else:
            items += collect_paths([entry])
    _log_stage("collect", started, items=len(items))
    return items


@task(name="fetch", cache_policy=NO_CACHE, retries=FETCH_RETRIES,
      retry_delay_seconds=FETCH_RETRY_DELAYS)
def fetch_task(urls: list[str], allow_private_hosts: bool) -> list[Item]:
    """Fetch a batch of URLs: one document or IngestError per URL, in order."""
    from newsledger.ingest.html import fetch_documents
    started = time.perf_counter()
    items = list(fetch_documents(urls, allow_private_hosts=allow_private_hosts))
    _log_stage("fetch", started, items=len(items))
    return items


def _gave_up(state, sources: list[str], stage: str) -> list[IngestError]:
    """A fetch or feed task that failed on every attempt: each of its inputs recorded."""
    reason = f"gave up after {FETCH_RETRIES + 1} attempts: {state.message or state.name}"
    return [IngestError(s, stage, reason) for s in sources]


def read_feeds(clock: StageClock, feeds: list[str], allow_private_hosts: bool
               ) -> tuple[list[list[str]], list[IngestError]]:
    """Each feed's entries, and the feeds that could not be read."""
    entries, errors = [], []
    for feed in feeds:
        state = clock.timed(read_feed_task)(feed, allow_private_hosts, return_state=True)
        got = state.result(raise_on_failure=False) if state.is_completed() else None
        if got is None:
            errors += _gave_up(state, [feed], "feed")
        elif isinstance(got, IngestError):
            errors.append(got)
        else:
            entries.append(got)
    return entries, errors


def collect_batch(clock: StageClock, batch: InputBatch, allow_private_hosts: bool) -> list[Item]:
    """Documents and errors of one planned batch, in the batch's order."""
    items = clock.timed(collect_task)(quote(batch.files)) if batch.files else []
    if batch.urls:
        state = clock.timed(fetch_task)(quote(batch.urls), allow_private_hosts, return_state=True)
        items += (state.result() if state.is_completed() else _gave_up(state, batch.urls, "fetch"))
    return items


# ---- Skip known ------------------------------------------------------------------------

@task(name="skip-known", cache_policy=NO_CACHE)
def skip_known_task(db_path: str, docs: list[SourceDocument],
                    memory: RunMemory) -> tuple[Classified, RunMemory]:
    """Sort a batch against the warehouse and the run so far; returns the run's memory with
    this batch added (the one given is left as it was, so a retry starts from it again)."""
    started = time.perf_counter()
    memory = memory.copy()
    with wdb.run_connection(db_path) as con:
        out = classify(con, docs, memory, admit=decide_language)
    _log_stage("skip-known", started, new=len(out.new), changed=len(out.changed),
               unchanged=len(out.unchanged), duplicates=len(out.duplicates),
               rejected=len(out.rejected))
    return out, memory


# ---- Extract ---------------------------------------------------------------------------

@task(name="extract", cache_policy=NO_CACHE)
def extract_task(texts: list[tuple[str, str | None]], workers: int = 0) -> list[ArticleFacts]:
    """The facts of (body, published_at) pairs: extracted here, or, with `workers`, in one
    process of the local pool of that many (orchestration.workers)."""
    started = time.perf_counter()
    if workers:
        from newsledger.orchestration import workers as pool
        facts = pool.extract(texts, workers)
    else:
        from newsledger.extract.nlp import get_nlp
        # the pipeline first: get_nlp imports spaCy under its lock, which `newsledger run`'s
        # prewarm thread may hold; importing spaCy here beside that thread (extract.article's
        # components do) can fail half-initialised
        get_nlp()
        from newsledger.extract.article import extract_texts
        facts = list(extract_texts(texts))
    try:
        _log_stage("extract", started, articles=len(texts))
    except Exception:  # noqa: BLE001  (no run context on a bare Dask worker)
        pass
    return facts


# ---- Stage -----------------------------------------------------------------------------

def on_warehouse(stage: str, db_path: str, work, logged=lambda result: {}):
    """`work(con)` on a connection to the run's warehouse, opened from its path; the stage's
    log line carries `logged(result)`; returns the result."""
    started = time.perf_counter()
    with wdb.run_connection(db_path) as con:
        result = work(con)
    _log_stage(stage, started, **logged(result))
    return result


@task(name="stage", cache_policy=NO_CACHE)
def stage_task(db_path: str, batch: list[StagedArticle], run_id: str, ingested_at: datetime) -> dict:
    return on_warehouse("stage", db_path, lambda con: stage_batch(con, batch, run_id, ingested_at),
                        lambda counts: counts)


@task(name="restage", cache_policy=NO_CACHE)
def restage_task(db_path: str, retry_of: str, run_id: str) -> int:
    """The quarantined batch of `retry_of` back in staging under `run_id`; its article count."""
    return on_warehouse("restage", db_path, lambda con: restage(con, retry_of, run_id),
                        lambda articles: {"articles": articles})


# ---- Validate, publish, report ----------------------------------------------------------

@task(name="validate", cache_policy=NO_CACHE)
def validate_task(db_path: str, run_id: str, gx_root: str):
    from newsledger.quality.validate import validate_run
    return on_warehouse("validate", db_path, lambda con: validate_run(con, run_id, Path(gx_root)),
                        lambda out: {"success": out.success, "failed": len(out.failures)})


def published_check(gx_root: str, run_id: str):
    """The check of what the publish transaction derives: the failed critical expectations
    of expectations/published/ (happenings) on the transaction's tables."""
    def check(con) -> list[str]:
        from newsledger.quality.validate import validate_published
        outcome = validate_published(con, Path(gx_root), run_id)
        return [r.name for r in outcome.failures if r.severity == "critical"]
    return check


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(db_path: str, run_id: str, retry_of: str | None = None,
                 quarantined: dict[str, list[str]] | None = None, gx_root: str | None = None) -> dict:
    check = published_check(gx_root, run_id) if gx_root else None

    def linked(found: dict) -> None:       # the share of linking in a run's time, in its log
        get_run_logger().info("stage=linking seconds=%s linked=%s merged=%s pairs=%s",
                              found["seconds"], found["linked"], found["merged"], found["pairs"])

    def publish_and_log(con):
        counts = publish(con, run_id, retry_of, quarantined, check, linked)
        conflicts = type_conflicts(con, run_id)
        if conflicts:
            get_run_logger().info(
                "%d actor(s) typed two ways across articles, type chosen by most articles: %s",
                len(conflicts), "; ".join(f"{n} -> {t} {dict(a)}" for n, t, a in conflicts[:10]))
        return counts
    return on_warehouse("publish", db_path, publish_and_log, lambda counts: counts)


@task(name="quarantine", cache_policy=NO_CACHE)
def quarantine_task(db_path: str, run_id: str, failed: list[str], retry_of: str | None = None) -> None:
    on_warehouse("quarantine", db_path, lambda con: quarantine(con, run_id, failed, retry_of),
                 lambda _: {"failed": len(failed)})


@task(name="quality-metrics", cache_policy=NO_CACHE)
def metrics_task(db_path: str, run_id: str, comparable: bool, inputs_total: int,
                 expectations: int | None, passed: int | None) -> list[dict]:
    """The run's quality metrics, compared with the previous runs and recorded."""
    from newsledger.quality.metrics import record_run_metrics
    return on_warehouse("quality-metrics", db_path,
                        lambda con: record_run_metrics(con, run_id, comparable, inputs_total,
                                                       expectations, passed),
                        lambda rows: {"drift": sum(r["drift"] for r in rows)})


def measure_quality(summary: RunSummary, clock: StageClock, outcome) -> None:
    """Record the run's quality metrics; drifting ones become warnings of the summary. A
    run that saw nothing new, or retries a quarantined batch, is recorded, not compared."""
    from newsledger.quality.drift import warning
    comparable = summary.retry_of is None and summary.inputs_total > summary.inputs_skipped
    results = outcome.results if outcome is not None else None
    summary.metrics = clock.timed(metrics_task)(
        summary.db, summary.run_id, comparable, summary.inputs_total,
        len(results) if results is not None else None,
        sum(r.success for r in results) if results is not None else None)
    summary.drift = [warning(r) for r in summary.metrics if r["drift"]]
    for line in summary.drift:
        get_run_logger().warning("drift: %s", line)


@task(name="report", cache_policy=NO_CACHE)
def report_task(db_path: str, summary: RunSummary, outcome, reports_dir: str) -> str:
    from newsledger.report.build import write_run_report
    path = on_warehouse("report", db_path,
                        lambda con: write_run_report(con, summary, outcome, Path(reports_dir)),
                        lambda written: {"path": written})
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


def extract_batches(batches, runner: str, clock: StageClock, left=lambda: 0, slots: int = 1):
    """Yield (batch, facts) in order. On Dask, a batch goes out as tasks (see task_sizes;
    `left()` is how many articles are still to be collected, `slots` the cluster's worker
    threads) and a few batches stay in flight. Local worker processes ('processes') are fed
    the same way, and their pool is stopped when extraction ends."""
    if runner not in ("dask", "processes"):
        extract = clock.timed(extract_task)
        for batch in batches:
            texts = [(doc.text, doc.published_at) for _, doc in batch.to_extract]
            yield batch, (extract(texts) if texts else [])
        return

    def wait(batch, futures):
        facts = [f for fut in futures for f in fut.result()]
        clock.remote += [fut.task_run_id for fut in futures]
        return batch, facts

    pool = slots if runner == "processes" else 0      # local workers: the pool's size
    pending = []
    try:
        for batch in batches:
            texts = [(doc.text, doc.published_at) for _, doc in batch.to_extract]
            futures, start = [], 0
            for size in task_sizes(len(texts), left(), slots):
                futures.append(extract_task.submit(texts[start:start + size], pool))
                start += size
            pending.append((batch, futures))
            if len(pending) >= DASK_BATCHES_AHEAD:
                yield wait(*pending.pop(0))
        for batch, futures in pending:
            yield wait(batch, futures)
    finally:
        if pool:      # the workers' memory goes back before validation and publishing
            from newsledger.orchestration import workers
            workers.stop()


@contextmanager
def held_warehouse(db_path: str, lock_timeout: float, summary: RunSummary):
    """The run's writer connection, held from start to end: waits for the lock, names the
    holder, creates the schema; on any exception the run is recorded as failed before the
    error propagates. The flow keeps the run's bookkeeping (load_runs, ingest_errors) on it;
    tasks open their own connections to the same file in this process."""
    con = wdb.connect_wait(db_path, lock_timeout)
    wdb.mark_holder(db_path, summary.run_id)
    try:
        wdb.ensure_schema(con)
        yield con
    except BaseException as exc:
        _fail(con, db_path, summary, exc)
        raise
    _close(con, db_path)


def audit_publish_report(con, summary: RunSummary, clock: StageClock, reports: str) -> None:
    """Validate the run's staged batch, publish or quarantine it, write the report, finish."""
    run_id, db_path = summary.run_id, summary.db
    outcome = None
    staged = staged_articles(con, run_id)
    if staged:
        outcome = clock.timed(validate_task)(db_path, run_id, str(Path(reports) / "gx"))
    decided = verdict(outcome, staged, summary.max_quarantine_share)
    if decided.status in ("succeeded", "partial") and not (staged or summary.retry_of or unlinked_events(con)):
        # an unchanged rerun: nothing to publish, no publish transaction at all
        summary.published = dict.fromkeys(PUBLISHED_COUNTS, 0)
    elif decided.status in ("succeeded", "partial"):
        summary.published = clock.timed(publish_task)(db_path, run_id, summary.retry_of,
                                                      decided.quarantined, str(Path(reports) / "gx"))
        summary.articles_quarantined = len(decided.quarantined)
        if decided.quarantined:
            summary.quarantined = quarantined_articles(con, run_id)
    else:
        failed = [r.name for r in outcome.failures if r.blocking]
        clock.timed(quarantine_task)(db_path, run_id, failed, summary.retry_of)
    summary.status = decided.status
    if decided.reason:
        summary.message = f"{summary.message}; {decided.reason}" if summary.message else decided.reason
    if outcome is not None:
        summary.validation_success = outcome.success
        summary.failures = [asdict(r) for r in outcome.failures]
        summary.data_docs_path = outcome.data_docs_path
    measure_quality(summary, clock, outcome)
    clock.collect_remote()
    summary.report_path = clock.timed(report_task)(db_path, summary, outcome, reports)
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
        events_published=p.get("events", 0), articles_quarantined=summary.articles_quarantined,
        expectations_failed=len([f for f in summary.failures if f["severity"] == "critical"]),
        validation_success=summary.validation_success, report_path=summary.report_path,
        data_docs_path=summary.data_docs_path, message=summary.message)
