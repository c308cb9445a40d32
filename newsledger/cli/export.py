"""newsledger export: every table of the warehouse as Parquet (facts partitioned by month),
or the happenings as a CSV in GDELT 2.0's event layout."""
from __future__ import annotations

import sys

from newsledger import config
from newsledger.cli.commands import EXIT_FAILED, EXIT_OK, add_db_argument

NAME = "export"
HELP = ("write every table as Parquet into a folder (restore it with `newsledger import`), "
        "or the happenings in GDELT's event layout")


def configure(p) -> None:
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--parquet", metavar="DIR",
                      help="a new or empty folder; facts go to <table>/month=YYYY-MM/ folders")
    what.add_argument("--gdelt", metavar="FILE.csv",
                      help="one row per happening, GDELT 2.0 event columns (docs/gdelt_export.md)")
    add_db_argument(p)


def run(args) -> int:
    from newsledger.warehouse.export import ExportError, export_parquet

    if args.gdelt:
        from newsledger.warehouse.gdelt import export_gdelt
        rows = export_gdelt(args.db or config.default_db(), args.gdelt)
        print(f"exported {rows} happenings to {args.gdelt} (GDELT 2.0 event columns)")
        return EXIT_OK

    try:
        manifest = export_parquet(args.db or config.default_db(), args.parquet)
    except ExportError as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_FAILED
    tables = manifest["tables"]
    rows = sum(t["rows"] for t in tables.values())
    print(f"exported {len(tables)} tables, {rows} rows to {args.parquet} (manifest.json lists them)")
    return EXIT_OK
