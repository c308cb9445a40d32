"""The `newsledger` command line. Subcommands live in this package, one module each.

Exit status: 0 success, 1 rejected by validation or failed, 2 bad usage.
"""
from __future__ import annotations

import argparse
import atexit
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
    return _dispatch(argv)[0]


def _dispatch(argv: list[str] | None) -> tuple[int, bool]:
    """Run the command; return its exit status and whether it may skip the interpreter's
    teardown (its module's FAST_EXIT, see entry)."""
    from newsledger.orchestration.startup import ApiStartError
    from newsledger.report.query import QueryError
    from newsledger.warehouse.db import DatabaseBusy

    modules = _modules()
    args = build_parser(modules).parse_args(argv)
    command = {m.NAME: m for m in modules}[args.command]
    fast_exit = getattr(command, "FAST_EXIT", False)
    try:
        return command.run(args), fast_exit
    except UsageError as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_USAGE, fast_exit
    except (DatabaseBusy, QueryError, FileNotFoundError, ApiStartError) as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_FAILED, fast_exit
    except KeyboardInterrupt:
        print("newsledger: interrupted", file=sys.stderr)
        return EXIT_FAILED, fast_exit


def _flush() -> None:
    sys.stdout.flush()
    sys.stderr.flush()


def entry() -> None:
    """The `newsledger` script. After a command that ends with nothing left open (FAST_EXIT:
    `run` closes its database and its report files itself), the exit handlers run (Prefect
    flushes its logs and events to the API, the run's API server stops) and the process
    then leaves without the interpreter's teardown, which after a run means ~2 s of CPU
    freeing the model, Great Expectations and Prefect object by object."""
    code, fast_exit = _dispatch(None)
    if not fast_exit:
        sys.exit(code)
    _flush()
    atexit._run_exitfuncs()
    _flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
