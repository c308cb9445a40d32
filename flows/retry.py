"""The retry flow: the quarantined batch of a rejected run, validated again under a new run
(`newsledger run --retry-rejected [RUN_ID]`)."""
from __future__ import annotations

from datetime import datetime

from newsledger import config
from newsledger.quality.verdict import DEFAULT_MAX_QUARANTINE_SHARE
from newsledger.orchestration.tasks import (RunSummary, StageClock, audit_publish_report,
                                            held_warehouse, new_run_id, restage_task)
from newsledger.warehouse.retry import rejected_run
from newsledger.warehouse.runs import start_run
from prefect import flow


@flow(name="newsledger-retry", log_prints=False, validate_parameters=False)
def retry_flow(retry_of: str | None = None, db: str | None = None,
               reports_dir: str | None = None, lock_timeout: float = 30.0,
               max_quarantine_share: float = DEFAULT_MAX_QUARANTINE_SHARE) -> dict:
    """Re-validate the quarantined batch of a rejected run (the latest when none is given)
    under a new run: publish it if the suites now pass, else keep it quarantined."""
    from prefect.runtime import flow_run

    db_path = str(db or config.default_db())
    reports = str(reports_dir or config.reports_dir())
    run_id = new_run_id()
    summary = RunSummary(run_id=run_id, db=db_path, max_quarantine_share=max_quarantine_share)
    clock = StageClock(summary)
    with held_warehouse(db_path, lock_timeout, summary) as con:
        summary.retry_of = rejected_run(con, retry_of)
        start_run(con, run_id, str(flow_run.id) if flow_run.id else None, datetime.now())
        summary.inputs_total = clock.timed(restage_task)(db_path, summary.retry_of, run_id)
        summary.message = (f"retry of rejected run {summary.retry_of}: "
                           f"{summary.inputs_total} quarantined article(s) validated again")
        audit_publish_report(con, summary, clock, reports)
    return summary.as_dict()
