"""newsledger status: recent runs from load_runs."""
from __future__ import annotations

from .. import config
from . import EXIT_OK, add_db_argument

NAME = "status"
HELP = "recent runs with status, counts and durations"


def configure(p) -> None:
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    add_db_argument(p)


def run(args) -> int:
    from ..query import run_query

    sql = (config.SQL_DIR / "runs/recent.sql").read_text(encoding="utf-8")
    print(run_query(args.db or config.default_db(), sql, {"limit": args.limit}, args.format))
    return EXIT_OK
