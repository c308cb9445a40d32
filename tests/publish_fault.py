"""Driver for the crash tests (tests/test_robustness.py): runs the real `newsledger` command
line in this process, with a fault injected from outside the package inside the publish
transaction, after every publish statement has run and before the commit.

    python tests/publish_fault.py exit  MARKER newsledger-args...   # dies there (exit 137)
    python tests/publish_fault.py pause MARKER newsledger-args...   # sleeps there (300 s)

At the fault it writes its PID to MARKER (the point it reached), then exits without any
cleanup (os._exit) or sleeps holding the database, so that the test can SIGKILL it or meet
the held database meanwhile. Nothing of this is in the package: the fault wraps the name
`run_folder` of newsledger.warehouse.publish, which publish() calls inside its transaction.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

PAUSE_SECONDS = 300


def inject(mode: str, marker: Path) -> None:
    import newsledger.warehouse.publish as publish

    real = publish.run_folder

    def run_folder(con, folder, params=None):
        real(con, folder, params)
        if folder != "publish":
            return
        marker.write_text(str(os.getpid()), encoding="utf-8")
        print(f"publish_fault: {mode} inside the publish transaction (pid {os.getpid()})",
              file=sys.stderr, flush=True)
        if mode == "exit":
            os._exit(137)
        time.sleep(PAUSE_SECONDS)

    publish.run_folder = run_folder


def main(argv: list[str]) -> int:
    mode, marker, *args = argv
    if mode not in ("exit", "pause"):
        raise SystemExit(f"publish_fault: unknown mode {mode!r} (exit or pause)")
    inject(mode, Path(marker))
    from newsledger.cli import main as newsledger
    return newsledger(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
