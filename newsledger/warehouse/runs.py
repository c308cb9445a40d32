"""load_runs and ingest_errors bookkeeping."""
from __future__ import annotations

import os
import socket
from datetime import datetime

from newsledger.records import IngestError
from newsledger.warehouse.db import run_folder
from newsledger.warehouse.sqlfiles import read_sql
from newsledger.warehouse.stage import insert_rows


def start_run(con, run_id: str, flow_run_id: str | None, started_at: datetime) -> None:
    con.execute(read_sql("runs/abandon_stale.sql"), {"run_id": run_id})
    con.execute(read_sql("runs/start.sql"), {
        "run_id": run_id, "flow_run_id": flow_run_id, "started_at": started_at,
        "pid": os.getpid(), "host": socket.gethostname()})
    run_folder(con, "runs_cleanup")


def staged_articles(con, run_id: str) -> int:
    """How many articles the run has in staging."""
    return con.execute(read_sql("runs/staged_articles.sql"), {"run_id": run_id}).fetchall()[0][0]


def unlinked_events(con) -> bool:
    """Whether published scored events wait for a happening (a warehouse made before
    happenings existed): the next publish links them, even with nothing new."""
    return bool(con.execute(read_sql("happenings/fresh.sql")).fetchone())


def finish_run(con, run_id: str, **values) -> None:
    params = {"run_id": run_id}
    params.update(values)
    con.execute(read_sql("runs/finish.sql"), params)


def record_errors(con, run_id: str, errors: list[IngestError], at: datetime) -> int:
    rows = [{"run_id": run_id, "source": e.source, "stage": e.stage, "error": e.error, "at": at}
            for e in errors]
    return insert_rows(con, "ingest_errors", rows)
