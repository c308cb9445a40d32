"""Where a user's files live and the environment every entry point starts with.

Everything a run writes is under the project folder: `NEWSLEDGER_HOME`, else the current
directory (as `git` or `dbt` work on the folder they are run in): `data/newsledger.duckdb`,
`reports/` and `.prefect/` (Prefect's home); with no inputs, `newsledger run`
loads its `seeds/`. Files shipped with the package (SQL, suites, data) are found through
`newsledger.resources`, wherever it is installed.

Import this module before Prefect or Great Expectations: it switches telemetry off and
keeps Prefect's home inside the project folder.
"""
from __future__ import annotations

import os
from pathlib import Path


# Inputs per batch: collected, sorted against the warehouse and staged together, one Prefect
# task each. Extraction tasks take at most 64 articles of a batch whatever its size (worker
# processes and Dask; see orchestration.tasks.task_sizes). 256 rather than 64: an unchanged
# rerun of the 11,929-record corpus makes 4x fewer task runs (median 11.1 s -> 8.9 s); 1024
# rather than 256, 4x fewer again (2026-12-05, the same rerun by hand, one warehouse: 7.56 and
# 7.39 s against 8.32 s; BENCHMARKS.md has the whole load at both sizes).
DEFAULT_BATCH = 1024


def home() -> Path:
    """The project folder: NEWSLEDGER_HOME, else the current directory."""
    return Path(os.environ.get("NEWSLEDGER_HOME") or Path.cwd()).resolve()


def seeds_dir() -> Path:
    return home() / "seeds"


def quiet_env() -> dict[str, str]:
    return {
        "DO_NOT_TRACK": "1",
        "GX_ANALYTICS_ENABLED": "False",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_HOME": str(home() / ".prefect"),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
        "TOKENIZERS_PARALLELISM": "false",
    }


def apply_environment() -> None:
    """Set defaults for telemetry and Prefect; values the user already set win."""
    for key, value in quiet_env().items():
        os.environ.setdefault(key, value)


def default_db() -> Path:
    return Path(os.environ.get("NEWSLEDGER_DB", home() / "data" / "newsledger.duckdb"))


def reports_dir() -> Path:
    return Path(os.environ.get("NEWSLEDGER_REPORTS", home() / "reports"))


apply_environment()
