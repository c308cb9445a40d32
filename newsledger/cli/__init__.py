"""The `newsledger` command line. Subcommands live in this package, one module each.

Exit status: 0 success, 1 rejected by validation or failed, 2 bad usage.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from newsledger import config  # noqa: F401  (telemetry off, Prefect home in the project)
from newsledger.cli.commands import COMMAND_MODULES, EXIT_FAILED, EXIT_USAGE, UsageError


def _modules():
    return [importlib.import_module(f"newsledger.cli.{name}") for name in COMMAND_MODULES]


def build_parser(modules=None) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsledger",
        description="French news -> a ledger of actors, events and figures in DuckDB.")
    sub = ap.add_subparsers(dest="command", required=True)
    for mod in modules or _modules():
        mod.configure(sub.add_parser(mod.NAME, help=mod.HELP, description=mod.__doc__))
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the command; return its exit status."""
    from newsledger.orchestration.startup import ApiStartError
    from newsledger.report.query import QueryError
    from newsledger.warehouse.db import DatabaseBusy

    modules = _modules()
    args = build_parser(modules).parse_args(argv)
    command = {m.NAME: m for m in modules}[args.command]
    try:
        return command.run(args)
    except UsageError as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (DatabaseBusy, QueryError, FileNotFoundError, ApiStartError) as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("newsledger: interrupted", file=sys.stderr)
        return EXIT_FAILED


def entry() -> None:
    """The `newsledger` script. Its exit handler, registered before anything else (so run after
    every other one: Prefect's log and event queues drained, its API server stopped, temporary
    folders removed, logging shut down), ends the process with the command's status without
    the interpreter's teardown, which only frees memory object by object (a run of the seeds
    under strace, 2 runs each: last output to exit 0.22-0.27 s against 1.27-1.95 s with the
    teardown; BENCHMARKS.md, "N = 2,000 at 1ba509d"). Everything the command
    writes is written and closed by then (the warehouse's connection is closed by the command;
    standard output and error are flushed here)."""
    import atexit

    status = [EXIT_FAILED]       # an exception that escapes main() fails the command
    atexit.register(_leave, status)
    try:
        status[0] = main()
    except SystemExit as exc:    # argparse's usage errors (2) and --help (0)
        status[0] = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
        raise
    sys.exit(status[0])


def _leave(status: list[int]) -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status[0])


if __name__ == "__main__":
    entry()
