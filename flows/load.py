"""The load flow: collect -> skip known -> extract -> stage -> validate -> publish -> report.

Each stage is a task of `newsledger.orchestration.tasks`; this module only strings them
together. `prefect.yaml` deploys it by its module path, `newsledger_flows.load.load_flow`.
"""
from __future__ import annotations

import time
from dataclasses import asdict
from datetime import datetime

from newsledger import config
from newsledger.ingest.inputs import InputSpec, InputStream
from newsledger.orchestration.progress import Progress
from newsledger.orchestration.runners import worker_slots
from newsledger.orchestration.tasks import (DEFAULT_BATCH, RunSummary, Timer, audit_publish_report,
                                            collect_task, extract_batches, held_warehouse,
                                            new_run_id, skip_known_task, stage_task)
from newsledger.records import IngestError, SourceDocument
from newsledger.warehouse.classify import RunMemory
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
              lock_timeout: float = 30.0) -> dict:
    from prefect.runtime import flow_run

    spec = InputSpec(paths or [], urls or [], urls_files or [], feeds or [], allow_private_hosts)
    db_path = str(db or config.default_db())
    reports = str(reports_dir or config.reports_dir())
    run_id = new_run_id()
    summary = RunSummary(run_id=run_id, db=db_path)
    timer = Timer(summary)
    progress = Progress(show_progress)
    with held_warehouse(db_path, lock_timeout, summary) as con:
        started_at = datetime.now()
        start_run(con, run_id, str(flow_run.id) if flow_run.id else None, started_at)
        known_urls = {r[0] for r in con.execute(
            "select source from dim_articles where source_kind = 'url'").fetchall()} \
            if spec.feeds or spec.urls_files else set()
        stream = InputStream(spec, known_urls)
        progress.set_total(stream.total)
        errors: list[IngestError] = list(stream.planned_errors)
        memory = RunMemory()

        def batches():
            while True:
                t0 = time.perf_counter()
                items = collect_task(stream, batch_size)
                timer.add("collect", time.perf_counter() - t0)
                if not items:
                    return
                progress.advance("collected", len(items))
                docs = [i for i in items if isinstance(i, SourceDocument)]
                errors.extend(i for i in items if isinstance(i, IngestError))
                summary.inputs_total += len(items)
                t0 = time.perf_counter()
                # quote(): Prefect would otherwise walk every nested object of a batch
                # (and the run's growing memory) looking for futures, twice per task call
                classified = skip_known_task(con, quote(docs), quote(memory))
                timer.add("skip_known", time.perf_counter() - t0)
                yield classified

        def left() -> int:       # inputs not collected yet
            return max(0, (stream.total or 0) - summary.inputs_total)

        slots = worker_slots() if runner == "dask" else 1
        for classified, facts in extract_batches(batches(), runner, timer, left, slots):
            t0 = time.perf_counter()
            staged = [StagedArticle(doc, aid, f) for (aid, doc), f in zip(classified.to_extract, facts)]
            staged += [StagedArticle(doc, aid, None, original) for aid, doc, original in classified.duplicates]
            progress.advance("extracted", len(classified.to_extract))
            summary.inputs_new += len(classified.new)
            summary.inputs_changed += len(classified.changed)
            summary.inputs_skipped += len(classified.unchanged)
            summary.inputs_duplicate += len(classified.duplicates)
            if staged:
                stage_task(con, quote(staged), run_id, started_at)
            timer.add("stage", time.perf_counter() - t0)
        progress.close()
        summary.inputs_rejected = len(errors)
        summary.errors = [asdict(e) for e in errors]
        record_errors(con, run_id, errors, datetime.now())

        audit_publish_report(con, summary, timer, reports)
    return summary.as_dict()
