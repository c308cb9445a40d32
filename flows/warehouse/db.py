"""Connections to the DuckDB warehouse file and the schema from sql/schema/."""
from __future__ import annotations

import re
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb

from .sqlfiles import sql_folder, statements

# DuckDB 2.0 writes storage version 69 by default, which the duckdb-cli 1.5 wheel and other
# tools cannot open; files created here stay readable by 1.5 clients.
STORAGE_COMPATIBILITY = "v1.5.0"


class DatabaseBusy(RuntimeError):
    """Another process holds the warehouse file."""


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<holder>.+?)(?:\.|$)", re.S)


def busy_message(path: Path, exc: Exception) -> str:
    text = str(exc)
    match = _LOCK_HOLDER.search(text)
    holder = match.group("holder").strip() if match else "another process"
    return f"database {path} is busy: it is held by {holder}"


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) the warehouse. Raises DatabaseBusy when another process holds it."""
    path = Path(path)
    try:
        if read_only:
            if not path.exists():
                raise FileNotFoundError(f"no warehouse at {path}: run `newsledger run` first")
            return duckdb.connect(str(path), read_only=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        return duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
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
        except DatabaseBusy:
            if time.monotonic() >= deadline:
                raise
            time.sleep(poll)


def run_folder(con: duckdb.DuckDBPyConnection, folder: str, params: dict | None = None) -> None:
    """Run every statement of every .sql file in sql/<folder>/, in name order."""
    for path in sql_folder(folder):
        for stmt in statements(path.read_text(encoding="utf-8")):
            used = {k: v for k, v in (params or {}).items() if f"${k}" in stmt}
            con.execute(stmt, used) if used else con.execute(stmt)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table of the contract if missing (idempotent)."""
    run_folder(con, "schema")


@contextmanager
def open_warehouse(path: str | Path, read_only: bool = False):
    con = connect(path, read_only=read_only)
    try:
        if not read_only:
            ensure_schema(con)
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection):
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    else:
        con.execute("commit")
