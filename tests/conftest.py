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
