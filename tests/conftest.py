# ==================================================================================
# Web ingestion (owner: web-ingestion developer): local HTTP server and ../shared data
# ==================================================================================
import os
from pathlib import Path

import pytest

from http_fixture import FixtureServer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def require_shared(*parts: str) -> Path:
    """Path under ../shared; skip the test with a clear reason when it is absent,
    or fail instead when CI=true (a skipped real-data test must not pass CI)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = (f"{path} is absent: these tests read third-party pages kept outside the "
                  "repository in ../shared (sibling of the clone)")
        if os.environ.get("CI", "").strip().lower() == "true":
            pytest.fail(reason + " (CI=true: a skip here is a failure)")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def web_server():
    """A real HTTP server on 127.0.0.1 with the built-in test pages (see tests/http_fixture.py)."""
    with FixtureServer() as srv:
        yield srv


@pytest.fixture(scope="session")
def shared_root() -> Path:
    return require_shared()
# ======================= end of the web ingestion section ==========================


# ==================================================================================
# Pipeline (owner: lead): one Prefect test server per session, CLI helpers, seed warehouse
# ==================================================================================
import shutil  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session", autouse=True)
def _quiet_environment(tmp_path_factory):
    """Telemetry off; Prefect's home in a temporary folder; reports out of the repository.
    Extraction in the test's own process (NEWSLEDGER_WORKERS=1): each run would otherwise
    start worker processes that load the model anew, and a fault a test injects in-process
    would not reach them; tests/test_workers_equivalence.py and tests/test_install.py run
    the worker processes."""
    os.environ.update({
        "NEWSLEDGER_WORKERS": "1",
        "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "False",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "NEWSLEDGER_REPORTS": str(tmp_path_factory.mktemp("reports")),
    })
    yield


@pytest.fixture(scope="session")
def prefect_server():
    """A real (temporary) Prefect API for in-process flow runs: prefect_test_harness."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def run_cli(prefect_server, capsys):
    """Call `newsledger ARGS...` in this process; returns (exit status, stdout, stderr)."""
    from newsledger.cli import main

    def call(*args: str):
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return call


@pytest.fixture(scope="session")
def seeded_db(prefect_server, tmp_path_factory) -> Path:
    """A warehouse loaded once with the five seeds (read-only use: copy it before writing)."""
    from newsledger_flows.load import load_flow

    db = tmp_path_factory.mktemp("seeded") / "seeds.duckdb"
    summary = load_flow(paths=[str(SEEDS)], db=str(db), show_progress=False)
    assert summary["status"] == "succeeded", summary
    return db


@pytest.fixture
def seeded_copy(seeded_db, tmp_path) -> Path:
    """A private, writable copy of the seeded warehouse."""
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(seeded_db, db)
    return db
# ======================= end of the pipeline section ===============================


@pytest.fixture
def corrupt_first_article(monkeypatch):
    """The fault, injected from the test: the first staged article's first event gets an end
    offset past its body (what a bug in extraction would write)."""
    import dataclasses

    import newsledger.orchestration.tasks as tasks
    from newsledger.warehouse.stage import stage_batch

    corrupted: list[str] = []

    def staging_with_a_bad_offset(con, batch, run_id, ingested_at):
        first = next(a for a in batch if a.facts and a.facts.events)
        bad = dataclasses.replace(first.facts.events[0], char_end=len(first.doc.text) + 10)
        first.facts.events[0] = bad
        corrupted.append(first.doc.source)
        return stage_batch(con, batch, run_id, ingested_at)

    monkeypatch.setattr(tasks, "stage_batch", staging_with_a_bad_offset)
    return corrupted
