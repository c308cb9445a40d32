"""Publish a validated run in one transaction, or quarantine a rejected one."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from newsledger.warehouse.db import run_folder, transaction
from newsledger.warehouse.sqlfiles import read_sql, statements

# Test hooks for crash-safety tests, both inside the publish transaction:
# NEWSLEDGER_CRASH_AT=publish makes the process kill itself there (os._exit);
# NEWSLEDGER_PAUSE_AT=publish makes it write NEWSLEDGER_PAUSE_MARKER (its PID) and sleep
# up to NEWSLEDGER_PAUSE_SECONDS (default 300), so a test can SIGKILL it or try to use the
# database meanwhile.
CRASH_HOOK_ENV = "NEWSLEDGER_CRASH_AT"
PAUSE_HOOK_ENV = "NEWSLEDGER_PAUSE_AT"
PAUSE_MARKER_ENV = "NEWSLEDGER_PAUSE_MARKER"
PAUSE_SECONDS_ENV = "NEWSLEDGER_PAUSE_SECONDS"


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_HOOK_ENV) == name:
        os._exit(137)
    if os.environ.get(PAUSE_HOOK_ENV) == name:
        marker = os.environ.get(PAUSE_MARKER_ENV)
        if marker:
            Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(float(os.environ.get(PAUSE_SECONDS_ENV, "300")))


def staged_counts(con, run_id: str) -> dict[str, int]:
    row = con.execute(read_sql("runs/staged_counts.sql"), {"run_id": run_id}).fetchall()[0]
    return dict(zip(("articles", "actors", "mentions", "figures", "events"), row))


def _release_quarantine(con, retry_of: str | None) -> None:
    """A retried batch leaves quarantine in the same transaction that publishes it or
    quarantines it again under the new run: its rows are never lost in between."""
    if retry_of:
        run_folder(con, "retry/release", {"run_id": retry_of})


def publish(con, run_id: str, retry_of: str | None = None) -> dict[str, int]:
    """Merge the run's staging rows into the published tables, atomically."""
    counts = staged_counts(con, run_id)
    with transaction(con):
        run_folder(con, "publish", {"run_id": run_id})
        _release_quarantine(con, retry_of)
        _crash_point("publish")
    return counts


def quarantine(con, run_id: str, failed: list[str], retry_of: str | None = None) -> None:
    """Keep the rejected batch in quarantine_* with the names of the failed expectations."""
    with transaction(con):
        _release_quarantine(con, retry_of)
        run_folder(con, "quarantine", {"run_id": run_id, "failed": json.dumps(failed)})
        for stmt in statements(read_sql("publish/05_clear_staging.sql")):
            con.execute(stmt, {"run_id": run_id})
