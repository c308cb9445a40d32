"""One module per `newsledger` subcommand.

Each module defines NAME, HELP, `configure(parser)` (its arguments) and `run(args) -> int`
(the exit status). Heavy imports stay inside `run` so `newsledger --help` is instant.
To add a command, add its module name to COMMAND_MODULES.
"""
from __future__ import annotations

import argparse

COMMAND_MODULES = ["run", "query", "report", "status", "serve", "export", "import_", "bench"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage that argparse cannot catch; exits with status 2."""


def add_db_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None,
                   help="warehouse file (default: $NEWSLEDGER_DB or data/newsledger.duckdb)")
