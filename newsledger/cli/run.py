"""newsledger run: one load of files, directories, URLs and feeds (default: seeds/)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from newsledger import config
from newsledger.cli.commands import EXIT_FAILED, EXIT_OK, UsageError, add_db_argument, add_web_source_arguments

NAME = "run"
HELP = "load articles (default: the repository's seeds/)"


def configure(run) -> None:
    run.add_argument("paths", nargs="*",
                     help="text or HTML files, directories, article dumps (.jsonl, .jsonl.gz, .parquet)")
    run.add_argument("--field", action="append", default=[], type=_field, metavar="NAME=FIELD",
                     help="read an article dump's NAME (id, title, text, published, url, section, "
                          "language) from its FIELD, e.g. --field text=body (repeatable)")
    run.add_argument("--limit", type=int, default=None, metavar="N",
                     help="load the first N new or changed inputs only (the rest waits for the next run)")
    run.add_argument("--url", action="append", default=[], dest="urls", help="a web page (repeatable)")
    add_web_source_arguments(run)
    run.add_argument("--strict", action="store_true", help="exit 1 when any input is rejected, any article quarantined or "
                          "any quality metric drifts outside its band")
    run.add_argument("--batch-size", type=int, default=config.DEFAULT_BATCH,
                     help=f"inputs collected, sorted and staged together (default {config.DEFAULT_BATCH})")
    run.add_argument("--runner", choices=["local", "dask"], default="local",
                     help="where extraction batches run: local processes (default) or Dask")
    run.add_argument("--workers", type=int, default=None, metavar="N",
                     help="extraction processes of a local run (default: $NEWSLEDGER_WORKERS, "
                          "else one per core; 1 keeps extraction in this process)")
    run.add_argument("--dask-address", default=None,
                     help="tcp://HOST:PORT of an existing Dask scheduler (with --runner dask)")
    run.add_argument("--reports", default=None, help="reports folder (default: reports/)")
    run.add_argument("--lock-timeout", type=float, default=30.0,
                     help="seconds to wait while another run holds the database (default 30)")
    run.add_argument("--retry-rejected", nargs="?", const="latest", default=None, metavar="RUN_ID",
                     help="validate the quarantined batch of a rejected run again (default: the "
                          "latest) under a new run; publish it if the checks now pass")
    run.add_argument("--max-quarantine-share", type=_share, default=0.05, metavar="SHARE",
                     help="most articles of a batch validation may quarantine while the rest "
                          "publishes (0-1, default 0.05); more, and the whole batch is rejected")
    run.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_db_argument(run)


def _field(text: str) -> tuple[str, str]:
    from newsledger.ingest.dumps import FIELDS

    name, sep, field = text.partition("=")
    if not sep or name not in FIELDS or not field:
        raise ValueError(text)
    return name, field


def _share(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise ValueError(text)
    return value


def check_named_paths(paths: list[str]) -> None:
    """A path named on the command line that does not exist is a typo, not a load: a usage
    error before any work starts, as `cat` or `cp` would say. (A file missing inside a
    folder or a URL list stays a recorded input error.)"""
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise UsageError("; ".join(f"{p}: No such file or directory" for p in missing))


def run(args) -> int:
    if args.retry_rejected is not None:
        return _retry(args)
    check_named_paths([*args.paths, *args.urls_files])
    from newsledger.orchestration.startup import start_api

    # Prefect's API boots in its own process while this one imports Prefect and loads the
    # model (cold start); a no-op when PREFECT_API_URL is set
    api = start_api(Path(os.environ["PREFECT_HOME"]))
    db = args.db or str(config.default_db())
    paths = args.paths
    if not (paths or args.urls or args.urls_files or args.feeds):
        paths = [str(config.seeds_dir())]
    runner, workers, eager = args.runner, 1, not Path(db).exists()
    if runner == "local":
        runner, workers = local_workers(args)
        if runner == "processes" and eager:
            # a new warehouse: everything named is to extract, so the workers' fork server
            # loads the model now, beside Prefect's boot and this process's imports below
            from newsledger.orchestration import workers as pool
            pool.start_soon(workers)
    from newsledger.report.text import run_summary_text
    from newsledger_flows.load import load_flow
    from newsledger.orchestration.readahead import ReadAhead, forget as forget_read_ahead
    from newsledger.orchestration.startup import prewarm
    from newsledger.warehouse.db import wait_until_free

    # wait for (or give up on) a busy warehouse before starting a flow run
    wait_until_free(db, args.lock_timeout)
    flow = load_flow
    if runner == "dask":
        from newsledger.orchestration.runners import dask_task_runner
        flow = load_flow.with_options(task_runner=dask_task_runner(args.dask_address))
    elif runner == "processes":
        from newsledger.orchestration.runners import process_task_runner
        flow = load_flow.with_options(task_runner=process_task_runner(workers))
    # model and GX load while Prefect starts (a new warehouse), or once the run finds
    # something new to extract (never for an unchanged rerun)
    prewarm(runner, eager=eager, workers=workers)
    fields = dict(args.field) or None
    ahead = ReadAhead(paths, fields)                      # the dumps' first records, meanwhile
    api.wait_ready()
    ahead.stop()
    try:
        summary = flow(paths=paths, urls=args.urls, urls_files=args.urls_files, feeds=args.feeds,
                       db=db, reports_dir=args.reports, allow_private_hosts=args.allow_private_hosts,
                       batch_size=args.batch_size, runner=runner, workers=workers,
                       lock_timeout=args.lock_timeout,
                       max_quarantine_share=args.max_quarantine_share, fields=fields,
                       limit=args.limit)
    finally:
        forget_read_ahead()
    print(json.dumps(summary, default=str, indent=1) if args.json else run_summary_text(summary))
    return exit_status(summary, args.strict)


def local_workers(args) -> tuple[str, int]:
    """(runner, extraction processes) of a local run: 'processes' with more than one."""
    from newsledger.orchestration.runners import default_workers

    workers = args.workers or default_workers()
    return ("processes" if workers > 1 else "local"), workers


def exit_status(summary: dict, strict: bool) -> int:
    """0 loaded (in part too: `partial`), 1 rejected or failed; --strict: 1 also when any
    input was rejected, any article quarantined or any quality metric drifted."""
    if summary["status"] not in ("succeeded", "partial"):
        return EXIT_FAILED
    if strict and summary["inputs_rejected"]:
        print(f"--strict: {summary['inputs_rejected']} input(s) rejected", file=sys.stderr)
        return EXIT_FAILED
    if strict and summary.get("articles_quarantined"):
        print(f"--strict: {summary['articles_quarantined']} article(s) quarantined", file=sys.stderr)
        return EXIT_FAILED
    if strict and summary.get("drift"):
        print(f"--strict: {len(summary['drift'])} quality metric(s) drifted outside their band",
              file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _retry(args) -> int:
    from newsledger.report.text import run_summary_text
    from newsledger_flows.retry import retry_flow
    from newsledger.warehouse.db import connect, wait_until_free
    from newsledger.warehouse.retry import NothingToRetry, rejected_run

    if args.paths or args.urls or args.urls_files or args.feeds:
        raise UsageError("--retry-rejected takes no inputs: it validates a quarantined batch again")
    db = args.db or str(config.default_db())
    if Path(db).exists():
        wait_until_free(db, args.lock_timeout)
    wanted = None if args.retry_rejected == "latest" else args.retry_rejected
    con = connect(db, read_only=True)
    try:
        retry_of = rejected_run(con, wanted)
    except NothingToRetry as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001  (a warehouse from before quarantine/retry existed)
        print(f"newsledger: no rejected batch to retry ({type(exc).__name__}: {exc})", file=sys.stderr)
        return EXIT_FAILED
    finally:
        con.close()
    summary = retry_flow(retry_of=retry_of, db=db, reports_dir=args.reports,
                         lock_timeout=args.lock_timeout, max_quarantine_share=args.max_quarantine_share)
    print(json.dumps(summary, default=str, indent=1) if args.json else run_summary_text(summary))
    return exit_status(summary, args.strict)
