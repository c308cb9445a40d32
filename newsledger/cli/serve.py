"""newsledger serve: the load flow as a scheduled Prefect deployment.

Each scheduled run loads what is new in its sources: files dropped into the inbox folder,
new lines of URL lists, new feed entries. Needs a Prefect server: one is started on
127.0.0.1 (and stopped on exit) unless PREFECT_API_URL names one. Stop with Ctrl-C or
SIGTERM; the schedule is paused on exit.
"""
from __future__ import annotations

import os
import sys

from newsledger import config
from newsledger.cli.commands import EXIT_FAILED, EXIT_OK, UsageError, add_db_argument, add_web_source_arguments

NAME = "serve"
HELP = "run the load on a schedule as a Prefect deployment"


def configure(p) -> None:
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", help="cron expression, e.g. '0 * * * *' (every hour)")
    when.add_argument("--interval", type=float, help="seconds between runs")
    p.add_argument("--timezone", default=None, help="time zone of --cron (default UTC)")
    p.add_argument("--inbox", default=None,
                   help="folder watched at every run: files dropped here are loaded once")
    add_web_source_arguments(p)
    p.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    p.add_argument("--on-overlap", choices=["skip", "queue"], default="skip",
                   help="a run due while the previous one still runs: cancelled with a "
                        "logged reason (skip, default) or queued until it ends (queue)")
    p.add_argument("--lock-timeout", type=float, default=300.0,
                   help="seconds a run waits while another process holds the database (default 300)")
    p.add_argument("--batch-size", type=int, default=config.DEFAULT_BATCH,
                   help=f"inputs collected, sorted and staged together (default {config.DEFAULT_BATCH})")
    p.add_argument("--reports", default=None, help="reports folder (default: reports/)")
    p.add_argument("--log-level", default="INFO",
                   help="Prefect log level of the runs (default INFO: one line per stage)")
    add_db_argument(p)


def run(args) -> int:
    if args.interval is not None and args.interval <= 0:
        raise UsageError("--interval must be a positive number of seconds")
    if not (args.inbox or args.urls_files or args.feeds):
        raise UsageError("give at least one source: --inbox DIR, --urls-file FILE or --feed URL")
    # Before Prefect is imported: the runs' log level (stage lines are INFO).
    os.environ["PREFECT_LOGGING_LEVEL"] = args.log_level.upper()
    from newsledger_flows.serve import serve
    from newsledger.orchestration.serving import ServeOptions, schedule_kwargs

    opts = ServeOptions(cron=args.cron, interval=args.interval, inbox=args.inbox,
                        urls_files=args.urls_files, feeds=args.feeds, db=args.db,
                        reports=args.reports, name=args.name, on_overlap=args.on_overlap,
                        lock_timeout=args.lock_timeout, batch_size=args.batch_size,
                        allow_private_hosts=args.allow_private_hosts, timezone=args.timezone)
    try:
        schedule_kwargs(opts)
    except ValueError as exc:
        raise UsageError(f"bad schedule: {exc}".splitlines()[0]) from exc
    try:
        serve(opts, announce=lambda line: print(line, flush=True))
    except (RuntimeError, TimeoutError) as exc:
        print(f"newsledger serve: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
