"""newsledger query: read-only SQL, from the command line or a .sql file."""
from __future__ import annotations

from pathlib import Path

from newsledger import config
from newsledger.cli.commands import EXIT_OK, UsageError, add_db_argument

NAME = "query"
HELP = "read-only SQL on the warehouse"


def configure(q) -> None:
    q.add_argument("sql", nargs="?", help="a SQL query")
    q.add_argument("--file", help="a .sql file (e.g. sql/queries/top_actors.sql)")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="value of $NAME in the query (repeatable)")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    add_db_argument(q)


def parse_params(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--param expects NAME=VALUE, got {pair!r}")
        out[name] = value
    return out


def run(args) -> int:
    from newsledger.report.query import run_query

    if bool(args.sql) == bool(args.file):
        raise UsageError("give a SQL query or --file, not both or neither")
    if args.file and not Path(args.file).is_file():
        raise UsageError(f"no such query file: {args.file}")
    sql = Path(args.file).read_text(encoding="utf-8") if args.file else args.sql
    print(run_query(args.db or config.default_db(), sql, parse_params(args.param), args.format))
    return EXIT_OK
