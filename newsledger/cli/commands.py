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


def add_web_source_arguments(p: argparse.ArgumentParser) -> None:
    """--urls-file, --feed and --allow-private-hosts, shared by `run` and `serve`: from URL
    lists and feeds, only entries not yet in the warehouse are loaded."""
    p.add_argument("--urls-file", action="append", default=[], dest="urls_files",
                   help="a file of URLs, one per line; lines not yet loaded are fetched (repeatable)")
    p.add_argument("--feed", action="append", default=[], dest="feeds",
                   help="an RSS/Atom feed or sitemap URL; only unseen entries are loaded (repeatable)")
    p.add_argument("--allow-private-hosts", action="store_true",
                   help="allow URLs on private, loopback or link-local addresses")
