"""newsledger report: where the latest data-quality report is."""
from __future__ import annotations

import sys
from pathlib import Path

from newsledger import config
from newsledger.cli.commands import EXIT_FAILED, EXIT_OK

NAME = "report"
HELP = "path of the latest data-quality report"


def configure(p) -> None:
    p.add_argument("--reports", default=None, help="reports folder (default: reports/)")


def run(args) -> int:
    latest = Path(args.reports or config.reports_dir()) / "latest.html"
    if not latest.exists():
        print("no report yet: run `newsledger run` first", file=sys.stderr)
        return EXIT_FAILED
    print(latest.resolve())
    return EXIT_OK
