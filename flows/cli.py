"""The `newsledger` command line: run, query, report, status.

Exit status: 0 success, 1 rejected by validation or failed, 2 bad usage.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import config

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help="warehouse file (default: $NEWSLEDGER_DB or data/newsledger.duckdb)")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsledger", description="French news -> a ledger of actors, events and figures.")
    sub = ap.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="load articles (default: the repository's seeds/)")
    run.add_argument("paths", nargs="*", help="text or HTML files and directories")
    run.add_argument("--url", action="append", default=[], dest="urls", help="a web page (repeatable)")
    run.add_argument("--urls-file", action="append", default=[], dest="urls_files", help="a file of URLs, one per line")
    run.add_argument("--feed", action="append", default=[], dest="feeds", help="an RSS/Atom feed or sitemap URL (repeatable)")
    run.add_argument("--allow-private-hosts", action="store_true", help="allow URLs on private/loopback addresses")
    run.add_argument("--strict", action="store_true", help="exit 1 when any input is rejected")
    run.add_argument("--batch-size", type=int, default=64, help="articles per task (default 64)")
    run.add_argument("--runner", choices=["local", "dask"], default="local")
    run.add_argument("--dask-address", default=None, help="tcp://HOST:PORT of an existing Dask scheduler")
    run.add_argument("--reports", default=None, help="reports folder (default: reports/)")
    run.add_argument("--lock-timeout", type=float, default=30.0, help="seconds to wait for a busy database")
    run.add_argument("--json", action="store_true", help="print the summary as JSON")
    _db_arg(run)

    q = sub.add_parser("query", help="read-only SQL on the warehouse")
    q.add_argument("sql", nargs="?", help="a SQL query")
    q.add_argument("--file", help="a .sql file (e.g. sql/queries/top_actors.sql)")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="value of $NAME in the query")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    _db_arg(q)

    r = sub.add_parser("report", help="path of the latest data-quality report")
    r.add_argument("--reports", default=None)

    st = sub.add_parser("status", help="recent runs")
    st.add_argument("--limit", type=int, default=10)
    st.add_argument("--format", choices=["table", "csv", "json"], default="table")
    _db_arg(st)
    return ap


def cmd_run(args) -> int:
    import json

    from .pipeline import load_flow
    from .output import run_summary_text

    paths = args.paths
    if not (paths or args.urls or args.urls_files or args.feeds):
        paths = [str(config.SEEDS_DIR)]
    flow = load_flow
    if args.runner == "dask":
        from .runners import dask_task_runner
        flow = load_flow.with_options(task_runner=dask_task_runner(args.dask_address))
    summary = flow(paths=paths, urls=args.urls, urls_files=args.urls_files, feeds=args.feeds,
                   db=args.db, reports_dir=args.reports, allow_private_hosts=args.allow_private_hosts,
                   batch_size=args.batch_size, runner=args.runner, lock_timeout=args.lock_timeout)
    print(json.dumps(summary, default=str, indent=1) if args.json else run_summary_text(summary))
    if summary["status"] != "succeeded":
        return EXIT_FAILED
    if args.strict and summary["inputs_rejected"]:
        print(f"--strict: {summary['inputs_rejected']} input(s) rejected", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _params(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--param expects NAME=VALUE, got {pair!r}")
        out[name] = value
    return out


class UsageError(Exception):
    pass


def cmd_query(args) -> int:
    from .query import run_query
    if bool(args.sql) == bool(args.file):
        raise UsageError("give a SQL query or --file, not both or neither")
    sql = Path(args.file).read_text(encoding="utf-8") if args.file else args.sql
    print(run_query(args.db or config.default_db(), sql, _params(args.param), args.format))
    return EXIT_OK


def cmd_report(args) -> int:
    latest = Path(args.reports or config.reports_dir()) / "latest.html"
    if not latest.exists():
        print("no report yet: run `newsledger run` first", file=sys.stderr)
        return EXIT_FAILED
    print(latest.resolve())
    return EXIT_OK


def cmd_status(args) -> int:
    from .query import run_query
    print(run_query(args.db or config.default_db(), (config.SQL_DIR / "runs/recent.sql").read_text(),
                    {"limit": args.limit}, args.format))
    return EXIT_OK


COMMANDS = {"run": cmd_run, "query": cmd_query, "report": cmd_report, "status": cmd_status}


def main(argv: list[str] | None = None) -> int:
    from .warehouse.db import DatabaseBusy
    from .query import QueryError

    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (DatabaseBusy, QueryError, FileNotFoundError) as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("newsledger: interrupted", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
