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
    from newsledger.report.query import run_query

    sql = read_sql("runs/recent.sql")
    print(run_query(args.db or config.default_db(), sql, {"limit": args.limit}, args.format))
    return EXIT_OK
