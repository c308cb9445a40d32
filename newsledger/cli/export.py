"""newsledger export: every table of the warehouse as Parquet (facts partitioned by month)."""
from __future__ import annotations

import sys

from newsledger import config
from newsledger.cli.commands import EXIT_FAILED, EXIT_OK, add_db_argument

NAME = "export"
HELP = "write every table as Parquet into a folder (restore it with `newsledger import`)"


def configure(p) -> None:
    p.add_argument("--parquet", required=True, metavar="DIR",
                   help="a new or empty folder; facts go to <table>/month=YYYY-MM/ folders")
    add_db_argument(p)


def run(args) -> int:
    from newsledger.warehouse.export import ExportError, export_parquet

    try:
        manifest = export_parquet(args.db or config.default_db(), args.parquet)
    except ExportError as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_FAILED
    tables = manifest["tables"]
    rows = sum(t["rows"] for t in tables.values())
    print(f"exported {len(tables)} tables, {rows} rows to {args.parquet} (manifest.json lists them)")
    return EXIT_OK
