"""Where things live and the environment every entry point starts with.

Import this module before Prefect or Great Expectations: it switches telemetry off and
keeps Prefect's home inside the project.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = ROOT / "sql"
EXPECTATIONS_DIR = ROOT / "expectations"
SEEDS_DIR = ROOT / "seeds"

QUIET_ENV = {
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "False",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_HOME": str(ROOT / ".prefect"),
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    "TOKENIZERS_PARALLELISM": "false",
}


def apply_environment() -> None:
    """Set defaults for telemetry and Prefect; values the user already set win."""
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)


def default_db() -> Path:
    return Path(os.environ.get("NEWSLEDGER_DB", ROOT / "data" / "newsledger.duckdb"))


def reports_dir() -> Path:
    return Path(os.environ.get("NEWSLEDGER_REPORTS", ROOT / "reports"))


def cache_dir() -> Path:
    """Files a process may rebuild at any time (the compiled tokenizer rules)."""
    return Path(os.environ.get("NEWSLEDGER_CACHE", ROOT / ".cache"))


apply_environment()
