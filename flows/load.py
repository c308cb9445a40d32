"""The load flow: collect -> skip known -> extract -> stage -> validate -> publish -> report.

Each stage is a task of `newsledger.orchestration.tasks`; this module only strings them
together. `prefect.yaml` deploys it by its module path, `newsledger_flows.load.load_flow`.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from newsledger import config
from newsledger.ingest.inputs import InputSpec, count_files, plan_batches, plan_urls
from newsledger.orchestration.progress import Progress
from newsledger.quality.verdict import DEFAULT_MAX_QUARANTINE_SHARE
from newsledger.orchestration.runners import worker_slots
from newsledger.orchestration.startup import work_ahead
from newsledger.orchestration.tasks import (DEFAULT_BATCH, RunSummary, StageClock, audit_publish_report,
                                            collect_batch, extract_batches, held_warehouse,
                                            new_run_id, read_feeds, skip_known_task, stage_task)
from newsledger.records import IngestError, SourceDocument
from newsledger.warehouse.classify import RunMemory, known_url_sources
from newsledger.warehouse.runs import record_errors, start_run
from newsledger.warehouse.stage import StagedArticle
from prefect import flow
from prefect.utilities.annotations import quote


@flow(name="newsledger-load", log_prints=False, validate_parameters=False)
def load_flow(paths: list[str] | None = None, urls: list[str] | None = None,
              urls_files: list[str] | None = None, feeds: list[str] | None = None,
              db: str | None = None, reports_dir: str | None = None,
              allow_private_hosts: bool = False, batch_size: int = DEFAULT_BATCH,
              runner: str = "local", show_progress: bool | None = None,
              lock_timeout: float = 30.0,
              max_quarantine_share: float = DEFAULT_MAX_QUARANTINE_SHARE,
              fields: dict[str, str] | None = None, limit: int | None = None,
              workers: int = 1) -> dict:
    """One load. `fields` maps an article dump's field names ({"text": "body"}); `limit`
    stops after that many new or changed inputs (the rest waits for the next run).
    `runner`: 'local' (extraction in this process), 'processes' (the flow's task runner is
    a pool of `workers` processes, see newsledger.orchestration.runners) or 'dask'."""
    from prefect.runtime import flow_run

    spec = InputSpec(paths or [], urls or [], urls_files or [], feeds or [], allow_private_hosts)
    db_path = str(db or config.default_db())
    reports = str(reports_dir or config.reports_dir())
    run_id = new_run_id()
    summary = RunSummary(run_id=run_id, db=db_path, max_quarantine_share=max_quarantine_share)
    clock = StageClock(summary)
    progress = Progress(show_progress)
    with held_warehouse(db_path, lock_timeout, summary) as con:
        started_at = datetime.now()
        start_run(con, run_id, str(flow_run.id) if flow_run.id else None, started_at)
        # the plan, as plain data: the feeds' entries, the URLs to fetch, batches of paths
        feed_entries, bad_feeds = read_feeds(clock, spec.feeds, allow_private_hosts)
        known_urls = known_url_sources(con) if spec.feeds or spec.urls_files else set()
        planned_urls, bad_lists = plan_urls(spec, known_urls, feed_entries)
        errors: list[IngestError] = bad_lists + bad_feeds
        total = count_files(spec.paths) + len(planned_urls)
        progress.set_total(total)
        memory = RunMemory()

        def batches():
            nonlocal memory
            loaded = 0
            for batch in plan_batches(spec.paths, planned_urls, batch_size, fields):
                items = collect_batch(clock, batch, allow_private_hosts)
                progress.advance("collected", len(items))
                docs = [i for i in items if isinstance(i, SourceDocument)]
                errors.extend(i for i in items if isinstance(i, IngestError))
                summary.inputs_total += len(items)
                # quote(): Prefect would otherwise walk every nested object of a batch
                # (and the run's growing memory) looking for futures, twice per task call
                classified, memory = clock.timed(skip_known_task)(db_path, quote(docs), quote(memory))
                errors.extend(classified.rejected)       # a new dump record not in French
                if classified.to_extract:
                    work_ahead()          # the prewarm of `newsledger run` may start
                if limit is not None:
                    classified, left_out = classified.first(limit - loaded)
                    summary.inputs_total -= left_out
                    loaded += len(classified.to_extract)
                yield classified
                if limit is not None and loaded >= limit:
                    return

        def left() -> int:       # inputs not collected yet
            return max(0, total - summary.inputs_total)

        slots = worker_slots() if runner == "dask" else workers if runner == "processes" else 1
        for classified, facts in extract_batches(batches(), runner, clock, left, slots):
            staged = []
            for (aid, doc), f in zip(classified.to_extract, facts):
                if f.error:                              # recorded, retried by the next run
                    errors.append(IngestError(doc.source, "extract", f.error))
                else:
                    staged.append(StagedArticle(doc, aid, f))
            staged += [StagedArticle(doc, aid, None, original) for aid, doc, original in classified.duplicates]
            progress.advance("extracted", len(classified.to_extract))
            summary.inputs_new += len(classified.new)
            summary.inputs_changed += len(classified.changed)
            summary.inputs_skipped += len(classified.unchanged)
            summary.inputs_duplicate += len(classified.duplicates)
            if staged:
                clock.timed(stage_task)(db_path, quote(staged), run_id, started_at)
        progress.close()
        summary.inputs_rejected = len(errors)
        summary.errors = [asdict(e) for e in errors]
        record_errors(con, run_id, errors, datetime.now())

        audit_publish_report(con, summary, clock, reports)
    return summary.as_dict()
