"""Export the warehouse to Parquet and restore it: `newsledger export` / `newsledger import`.

Layout of an export folder:
    manifest.json               every table with its row count and content checksum
    <table>.parquet             a table written whole (dimensions, runs, staging, quarantine)
    <fact table>/month=YYYY-MM/*.parquet
                                fact_* and bridge_event_actors, partitioned by the month of
                                their article's published_at (month=unknown without a date)

Import creates the schema (sql/schema/), loads every table in one transaction, and checks
each table's row count and content checksum against the manifest before committing.
SQL lives in sql/export/; table checksums (`table_checksums`) are also what the crash and
round-trip tests compare.
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from newsledger.resources import SQL_DIR
from newsledger.warehouse import db as wdb
from newsledger.warehouse.sqlfiles import read_sql

MANIFEST = "manifest.json"
PARTITIONED_DIR = SQL_DIR / "export" / "partitioned"


class ExportError(RuntimeError):
    """The export or import cannot be done (exits 1 with the message)."""


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_names(con) -> list[str]:
    return [r[0] for r in con.execute(read_sql("export/tables.sql")).fetchall()]


def table_checksum(con, table: str) -> tuple[int, str]:
    """(row count, md5 over the sorted md5 of every row, columns taken in name order)."""
    columns = [r[0] for r in con.execute(read_sql("export/columns.sql"), {"table": table}).fetchall()]
    sql = read_sql("export/checksum.sql").format(
        table=_ident(table), columns=", ".join(_ident(c) for c in columns))
    rows, checksum = con.execute(sql).fetchall()[0]
    return int(rows), checksum


def table_checksums(con) -> dict[str, tuple[int, str]]:
    """Content checksum of every table of the warehouse."""
    return {t: table_checksum(con, t) for t in table_names(con)}


def _partition_select(table: str) -> str | None:
    path = PARTITIONED_DIR / f"{table}.sql"
    return path.read_text(encoding="utf-8").strip().rstrip(";") if path.is_file() else None


def export_parquet(db: str | Path, out_dir: str | Path) -> dict:
    """Write every table of `db` under `out_dir` as Parquet; return the manifest."""
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise ExportError(f"{out} is not empty: export into a new or empty folder")
    out.mkdir(parents=True, exist_ok=True)
    con = wdb.connect(db, read_only=True)
    try:
        manifest = {"exported_at": datetime.now().isoformat(timespec="seconds"),
                    "source": str(Path(db).resolve()), "tables": {}}
        for table in table_names(con):
            rows, checksum = table_checksum(con, table)
            select = _partition_select(table)
            if select is not None:
                target = out / table
                if rows:
                    con.execute(read_sql("export/copy_partitioned.sql").format(
                        select=select, path=_literal(str(target))))
                entry = {"path": table, "partitioned_by": "month"}
            else:
                target = out / f"{table}.parquet"
                con.execute(read_sql("export/copy_table.sql").format(
                    table=_ident(table), path=_literal(str(target))))
                entry = {"path": target.name}
            manifest["tables"][table] = {**entry, "rows": rows, "checksum": checksum}
    finally:
        con.close()
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


MIGRATIONS = "warehouse_migrations"


def import_parquet(src_dir: str | Path, db: str | Path, lock_timeout: float = 0.0) -> dict:
    """Restore an export folder into `db` (new or empty); return the manifest."""
    src = Path(src_dir)
    try:
        manifest = json.loads((src / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExportError(f"{src} has no {MANIFEST}: not a `newsledger export` folder") from None
    except ValueError as exc:
        raise ExportError(f"{src / MANIFEST} is not valid JSON: {exc}") from None
    con = wdb.connect_wait(db, lock_timeout) if lock_timeout > 0 else wdb.connect(db)
    try:
        wdb.ensure_schema(con)
        present = set(table_names(con))
        # a new file is marked migrated; the export says which rewrites its data has had
        filled = [t for t in present if t != MIGRATIONS and table_checksum(con, t)[0]]
        if filled:
            raise ExportError(f"{db} already holds data (in {', '.join(sorted(filled)[:3])}...): "
                              "import into a new file")
        with wdb.transaction(con):
            con.execute(read_sql("export/clear_migrations.sql"))
            for table, info in manifest["tables"].items():
                if table not in present:
                    raise ExportError(f"table {table} of the export is not in this version's schema")
                if not info["rows"]:
                    continue
                if info.get("partitioned_by"):
                    sql = read_sql("export/load_partitioned.sql").format(
                        table=_ident(table), path=_literal(str(src / info["path"] / "**" / "*.parquet")))
                else:
                    sql = read_sql("export/load_table.sql").format(
                        table=_ident(table), path=_literal(str(src / info["path"])))
                con.execute(sql)
                got = table_checksum(con, table)
                if got != (info["rows"], info["checksum"]):
                    raise ExportError(f"table {table} does not match the export after loading: "
                                      f"{got[0]} rows (expected {info['rows']}), checksum "
                                      f"{got[1]} (expected {info['checksum']})")
        wdb.ensure_schema(con)          # the rewrites an export older than them has not had
    finally:
        con.close()
    return manifest
