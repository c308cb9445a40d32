"""Publish a validated run in one transaction, or quarantine a rejected one."""
from __future__ import annotations

import json
import os

from .db import run_folder, transaction
from .sqlfiles import read_sql, statements

# Test hook for crash-safety tests: when set to a stage name, the process kills itself
# there (os._exit) in the middle of the publish transaction.
CRASH_HOOK_ENV = "NEWSLEDGER_CRASH_AT"


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_HOOK_ENV) == name:
        os._exit(137)


def staged_counts(con, run_id: str) -> dict[str, int]:
    row = con.execute(read_sql("runs/staged_counts.sql"), {"run_id": run_id}).fetchall()[0]
    return dict(zip(("articles", "actors", "mentions", "figures", "events"), row))


def publish(con, run_id: str) -> dict[str, int]:
    """Merge the run's staging rows into the published tables, atomically."""
    counts = staged_counts(con, run_id)
    with transaction(con):
        run_folder(con, "publish", {"run_id": run_id})
        _crash_point("publish")
    return counts


def quarantine(con, run_id: str, failed: list[str]) -> None:
    """Keep the rejected batch in quarantine_* with the names of the failed expectations."""
    with transaction(con):
        run_folder(con, "quarantine", {"run_id": run_id, "failed": json.dumps(failed)})
        for stmt in statements(read_sql("publish/05_clear_staging.sql")):
            con.execute(stmt, {"run_id": run_id})
