"""The Prefect API that `newsledger run` and `newsledger serve` start for themselves
(startup.start_api): a real server process on 127.0.0.1, ready before the flow, stopped at
exit; a clear error when it cannot start."""
from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import psutil
import pytest

from newsledger.orchestration import startup as prefect_api

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "seeds"


def _servers_of(home: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        try:
            cmdline = " ".join(proc.info["cmdline"] or [])
            if ("prefect.server.api.server:create_app" in cmdline or "prefect server start" in cmdline) \
                    and proc.environ().get("PREFECT_HOME") == str(home):
                found.append(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return found


def test_an_existing_api_is_used_as_it_is(monkeypatch, tmp_path):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:1/api")
    api = prefect_api.start_api(tmp_path)
    assert api.process is None and api.url == "http://127.0.0.1:1/api"
    api.wait_ready()          # nothing to wait for


def test_the_api_server_starts_answers_and_stops(monkeypatch, tmp_path):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    api = prefect_api.start_api(tmp_path)
    try:
        assert os.environ["PREFECT_API_URL"] == api.url
        api.wait_ready()
        with urllib.request.urlopen(f"{api.url}/health", timeout=5) as response:
            assert response.status == 200
        assert _servers_of(tmp_path)
    finally:
        api.stop()
    assert api.process.poll() is not None and not _servers_of(tmp_path)


def test_a_server_that_cannot_start_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setattr(sys, "executable", "/bin/false")
    api = prefect_api.start_api(tmp_path)
    with pytest.raises(prefect_api.ApiStartError, match="exited with status 1"):
        api.wait_ready(timeout=30)


def test_a_cold_run_starts_its_own_api_and_leaves_no_server_behind(tmp_path):
    home = tmp_path / "prefect-home"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(home)
    article = sorted(SEEDS_DIR.glob("*.txt"))[0]
    proc = subprocess.run(
        [sys.executable, "-m", "newsledger", "run", str(article), "--db", str(tmp_path / "one.duckdb"),
         "--reports", str(tmp_path / "reports")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "SUCCEEDED" in proc.stdout
    assert not _servers_of(home)
    assert not list(home.glob("api-server-*.log"))     # its log was empty: removed at exit


def test_two_servers_keep_their_own_logs(monkeypatch, tmp_path):
    """Two runs at once (no PREFECT_API_URL) each start a server: neither truncates the
    other's log, and a log with something in it is kept after the stop."""
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    first = prefect_api.start_api(tmp_path)
    first.wait_ready()          # (two servers migrating a new Prefect database at once collide)
    monkeypatch.delenv("PREFECT_API_URL")
    second = prefect_api.start_api(tmp_path)
    try:
        assert first.log != second.log and first.log.parent == second.log.parent == tmp_path
        second.wait_ready()
        first.log.write_text("an error the first server logged\n")
    finally:
        first.stop()
        second.stop()
    assert first.log.read_text() == "an error the first server logged\n"
    assert not second.log.exists()


def test_serve_starts_the_same_launcher_with_its_ui_and_stops_it(monkeypatch, tmp_path):
    """`newsledger serve` without PREFECT_API_URL: the one launcher (start_api), with the UI."""
    from newsledger.orchestration.serving import prefect_api as serve_api

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_UI_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    with serve_api() as (api_url, ui_url, started_here):
        assert started_here and api_url == f"{ui_url}/api"
        assert prefect_api.api_healthy(api_url)
        with urllib.request.urlopen(ui_url, timeout=10) as response:     # the UI is served
            assert response.status == 200 and b"<html" in response.read(2000).lower()
        assert _servers_of(tmp_path)
    assert "PREFECT_API_URL" not in os.environ and not _servers_of(tmp_path)
