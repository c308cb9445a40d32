"""Connections to the DuckDB warehouse file and the schema from sql/schema/."""
from __future__ import annotations

import json
import os
import re
import socket
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb

from newsledger.warehouse import keys
from newsledger.warehouse.sqlfiles import read_sql, sql_folder, statements

# DuckDB 2.0 writes storage version 69 by default, which the duckdb-cli 1.5 wheel and other
# tools cannot open; files created here stay readable by 1.5 clients.
STORAGE_COMPATIBILITY = "v1.5.0"


class DatabaseBusy(RuntimeError):
    """Another process holds the warehouse file."""


# DuckDB: 'Could not set lock on file "X": Conflicting lock is held in /usr/bin/python3.11 (PID 42).'
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?)\s*\(PID (?P<pid>\d+)\)", re.S)


def holder_file(path: str | Path) -> Path:
    """Side file naming the run that holds the warehouse (load_runs cannot be read while locked)."""
    path = Path(path)
    return path.with_name(path.name + ".holder.json")


def mark_holder(path: str | Path, run_id: str) -> None:
    """Record which run of which process holds the file, for other processes' busy messages."""
    try:
        holder_file(path).write_text(json.dumps({
            "pid": os.getpid(), "run_id": run_id, "host": socket.gethostname(),
            "since": datetime.now().isoformat(timespec="seconds")}), encoding="utf-8")
    except OSError:
        pass


def clear_holder(path: str | Path) -> None:
    try:
        info = json.loads(holder_file(path).read_text(encoding="utf-8"))
        if info.get("pid") == os.getpid():
            holder_file(path).unlink()
    except (OSError, ValueError):
        pass


def _holder_run(path: Path, pid: int | None) -> dict | None:
    """The holder side file, only if it names the process that holds the lock now."""
    try:
        info = json.loads(holder_file(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if pid is not None and info.get("pid") == pid else None


def busy_message(path: Path, exc: Exception) -> str:
    match = _LOCK_HOLDER.search(str(exc))
    if not match:
        return f"database {path} is busy: another process holds it ({str(exc).splitlines()[0]})"
    pid = int(match.group("pid"))
    run = _holder_run(Path(path), pid)
    who = f"process {pid} ({match.group('program').strip()})"
    if run:
        who = f"newsledger run {run['run_id']} (process {pid}, since {run.get('since')})"
    return f"database {path} is busy: it is held by {who}"


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) the warehouse. Raises DatabaseBusy when another process holds it."""
    path = Path(path)
    try:
        if read_only:
            if not path.exists():
                raise FileNotFoundError(f"no warehouse at {path}: run `newsledger run` first")
            return duckdb.connect(str(path), read_only=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        return duckdb.connect(str(path), config={
            "storage_compatibility_version": STORAGE_COMPATIBILITY,
            # DuckDB's buffer pool may grow to 80 % of RAM and keeps what a long run wrote
            # cached: a bound keeps the writer's memory flat in the corpus size (larger
            # operations spill to <db>.tmp/).
            "memory_limit": os.environ.get("NEWSLEDGER_DUCKDB_MEMORY_LIMIT", "256MB"),
        })
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise DatabaseBusy(busy_message(path, exc)) from exc
        raise


def connect_wait(path: str | Path, timeout: float = 30.0, poll: float = 0.5):
    """Open for writing, waiting up to `timeout` seconds while another process holds the file."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return connect(path)
        except DatabaseBusy as exc:
            if time.monotonic() >= deadline:
                raise DatabaseBusy(f"{exc}; gave up after waiting {timeout:g} s "
                                   "(--lock-timeout)") from exc.__cause__
            time.sleep(poll)


def wait_until_free(path: str | Path, timeout: float = 30.0) -> None:
    """Wait (up to `timeout`) until no other process holds the file, then let it go again.

    The CLI calls this before starting a flow, so a busy warehouse ends with one clear
    message instead of a failed flow run."""
    connect_wait(path, timeout).close()


def run_statements(con: duckdb.DuckDBPyConnection, text: str, params: dict | None = None) -> None:
    """Run every statement of an SQL text, each with the parameters it names."""
    for stmt in statements(text):
        used = {k: v for k, v in (params or {}).items() if f"${k}" in stmt}
        con.execute(stmt, used) if used else con.execute(stmt)


def run_folder(con: duckdb.DuckDBPyConnection, folder: str, params: dict | None = None) -> None:
    """Run every statement of every .sql file in sql/<folder>/, in name order."""
    for path in sql_folder(folder):
        run_statements(con, path.read_text(encoding="utf-8"), params)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table of the contract if missing, apply the one-off rewrites of
    sql/migrate/ not yet applied to this file, then the analysts' views (idempotent)."""
    run_folder(con, "schema")
    run_folder(con, "marts")
    _migrate_actor_ids(con)


# Each change of keys.actor_id, applied once to a warehouse published before it by the same
# rewrite (sql/migrate/actor_ids/): ids without the actor's type; then names keyed without
# their hyphens (two old actors may become one).
ACTOR_ID_MIGRATIONS = ("actor_ids_by_name", "actor_ids_without_hyphens")


def _migrate_actor_ids(con: duckdb.DuckDBPyConnection) -> None:
    """Actor ids as keys.actor_id gives them now (sql/migrate/actor_ids/), then happenings'
    actors rebuilt on them (sql/happenings/refresh.sql), once for all the migrations this
    warehouse has not had (the rewrite always keys by today's keys.actor_id); a new
    warehouse is marked as migrated without work."""
    pending = [name for name in ACTOR_ID_MIGRATIONS
               if not con.execute(read_sql("migrate/is_applied.sql"), [name]).fetchall()[0][0]]
    if not pending:
        return
    [(actors,)] = con.execute(read_sql("migrate/actors_present.sql")).fetchall()
    con.create_function("newsledger_actor_id", keys.actor_id, ["VARCHAR"], "VARCHAR")
    try:
        with transaction(con):
            if actors:
                run_folder(con, "migrate/actor_ids")
                run_statements(con, read_sql("happenings/refresh.sql"))
            for name in pending:
                con.execute(read_sql("migrate/mark_applied.sql"), [name])
    finally:
        con.remove_function("newsledger_actor_id")


@contextmanager
def run_connection(path: str | Path):
    """A connection of one task to the run's warehouse file, closed when the task is done.

    Tasks get the file's path, never a live connection. They run in the flow's process,
    which holds the file (see `connect_wait`): DuckDB shares one database instance per file
    within a process, so this connection joins the writer's instead of taking a second lock.
    Anywhere else the file is held, and this raises DatabaseBusy: one writer process."""
    con = connect(path)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection):
    con.begin()
    try:
        yield con
    except BaseException:
        con.rollback()
        raise
    else:
        con.commit()
