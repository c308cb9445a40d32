"""Retry a rejected batch: its quarantined rows go back to staging under a new run.

`newsledger run --retry-rejected [RUN_ID]` (newsledger_flows.retry.retry_flow) calls `restage`,
then validates the new run like any other. If the suites now pass (the suite or the rows
were fixed), publish() takes the batch out of quarantine in its transaction; if not,
quarantine() keeps it there again under the new run. Either way the quarantine rows of the
old run are removed only inside that final transaction, so a crash never loses them.
load_runs.retry_of links the new run to the one it retries.
"""
from __future__ import annotations

from newsledger.warehouse.db import run_folder, transaction
from newsledger.warehouse.runs import staged_articles
from newsledger.warehouse.sqlfiles import read_sql


class NothingToRetry(LookupError):
    """No quarantined batch (for the given run id)."""


def rejected_run(con, run_id: str | None = None) -> str:
    """The run whose batch is in quarantine: `run_id`, or the latest one."""
    rows = con.execute(read_sql("retry/rejected_run.sql"), {"run_id": run_id}).fetchall()
    if not rows:
        if run_id:
            raise NothingToRetry(f"run {run_id} has no batch in quarantine "
                                 "(see `newsledger status`)")
        raise NothingToRetry("no rejected batch in quarantine: nothing to retry")
    return rows[0][0]


def restage(con, retry_of: str, run_id: str) -> int:
    """Copy the quarantined rows of `retry_of` into staging as run `run_id`; link the runs.

    Returns the number of articles staged."""
    with transaction(con):
        run_folder(con, "retry/restage", {"run_id": retry_of, "new_run_id": run_id})
        con.execute(read_sql("retry/link.sql"), {"run_id": run_id, "retry_of": retry_of})
    return staged_articles(con, run_id)
