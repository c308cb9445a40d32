"""newsledger status: recent runs from load_runs."""
from __future__ import annotations

from newsledger import config
from newsledger.cli.commands import EXIT_OK, add_db_argument
from newsledger.warehouse.sqlfiles import read_sql

NAME = "status"
HELP = "recent runs with status, counts and durations"


def configure(p) -> None:
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    add_db_argument(p)


def run(args) -> int:
    from newsledger.report.query import drift_warnings, run_query

    db = args.db or config.default_db()
    run_id, lines = drift_warnings(db)
    sql = read_sql("runs/recent.sql")
    if run_id is None:          # no quality_metrics (yet): its lines of the query left out
        sql = "\n".join(line for line in sql.splitlines() if not line.endswith("-- quality_metrics"))
    print(run_query(db, sql, {"limit": args.limit}, args.format))
    if args.format == "table":
        if lines:
            print(f"\nDRIFT in the latest run {run_id} (quality metrics outside the band of the "
                  "previous runs; a warning, --strict fails a run on it):")
            print("\n".join(f"  {line}" for line in lines))
    return EXIT_OK
