"""newsledger import: restore a warehouse from a `newsledger export --parquet` folder."""
from __future__ import annotations

import sys

from newsledger import config
from newsledger.cli.commands import EXIT_FAILED, EXIT_OK, add_db_argument

NAME = "import"
HELP = "restore an export folder into a new (or empty) warehouse file"


def configure(p) -> None:
    p.add_argument("folder", metavar="DIR", help="a folder written by `newsledger export --parquet`")
    add_db_argument(p)


def run(args) -> int:
    from newsledger.warehouse.export import ExportError, import_parquet

    db = args.db or config.default_db()
    try:
        manifest = import_parquet(args.folder, db)
    except ExportError as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_FAILED
    tables = manifest["tables"]
    rows = sum(t["rows"] for t in tables.values())
    print(f"imported {len(tables)} tables, {rows} rows into {db}; every table's checksum "
          "matches the export")
    return EXIT_OK
