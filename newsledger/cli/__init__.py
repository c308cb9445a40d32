"""The `newsledger` command line. Subcommands live in this package, one module each.

Exit status: 0 success, 1 rejected by validation or failed, 2 bad usage.
"""
from __future__ import annotations

import argparse
import importlib
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
    """The `newsledger` script: exits through the interpreter's normal shutdown."""
    sys.exit(main())


if __name__ == "__main__":
    entry()
