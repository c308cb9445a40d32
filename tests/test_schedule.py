"""Real scheduling: `prefect server start`, then `newsledger serve --interval 5` as processes.

Seed files are dropped into the inbox between runs; the test waits for scheduled runs to
load them, then checks load_runs, the warehouse, the report and the Prefect API (runs of
the deployment never overlap; runs due while one was running were cancelled with a reason).
Nothing is mocked: the server, the runner and each flow run are separate processes.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

pytestmark = [pytest.mark.scheduling, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SERVER_TIMEOUT = 240      # a cold `prefect server start` migrates its database first
PHASE_TIMEOUT = 240       # a run with new articles loads spaCy and Great Expectations: 30-60 s


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(api: str) -> bool:
    try:
        with urllib.request.urlopen(api + "/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def _stop(proc: subprocess.Popen | None, grace: float = 30) -> None:
    """SIGTERM to the process group, then SIGKILL."""
    if proc is None or proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            pass


def _tail(path: Path, n: int = 4000) -> str:
    return path.read_text(errors="replace")[-n:] if path.exists() else "(no output)"


def _load_runs(db: Path) -> list[dict] | None:
    """load_runs read-only, or None while a run holds the database (or before it exists)."""
    if not db.exists():
        return None
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None                      # the lock of a run in progress
    try:
        cur = con.execute("select * from load_runs order by started_at")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
    except duckdb.CatalogException:
        return None
    finally:
        con.close()


def _wait_for(db: Path, predicate, what: str, procs: dict[str, tuple[subprocess.Popen, Path]],
              timeout: float = PHASE_TIMEOUT) -> list[dict]:
    deadline = time.monotonic() + timeout
    runs = None
    while time.monotonic() < deadline:
        for name, (proc, log) in procs.items():
            if proc.poll() is not None:
                pytest.fail(f"{name} exited with {proc.returncode} while waiting for {what}:\n"
                            f"{_tail(log)}")
        runs = _load_runs(db)
        if runs is not None and predicate(runs):
            return runs
        time.sleep(1)
    logs = "\n".join(f"--- {n}:\n{_tail(log)}" for n, (_, log) in procs.items())
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; load_runs={runs}\n{logs}")


def _api_post(api: str, path: str, body: dict) -> list[dict]:
    req = urllib.request.Request(api + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def _wait_prefect_final(api: str, flow_run_ids: list, timeout: float = 60) -> None:
    """Wait until Prefect holds a final state for each of these flow runs."""
    wanted = {str(i) for i in flow_run_ids if i}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = _api_post(api, "/flow_runs/filter", {"limit": 200})
        final = {r["id"] for r in runs
                 if r["state_type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")}
        if wanted <= final:
            return
        time.sleep(0.5)
    pytest.fail(f"Prefect did not record a final state for {sorted(wanted - final)} "
                f"within {timeout:.0f} s")


def _finished(runs: list[dict]) -> list[dict]:
    return [r for r in runs if r["status"] != "running"]


def test_serve_loads_inbox_on_schedule(tmp_path):
    assert len(SEEDS) >= 3, "the test drops three seed files"
    home, inbox, reports = tmp_path / "prefect", tmp_path / "inbox", tmp_path / "reports"
    for d in (home, inbox, reports):
        d.mkdir()
    db = tmp_path / "scheduled.duckdb"
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "False",
                "NEWSLEDGER_REPORTS": str(reports), "PYTHONUNBUFFERED": "1"})
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"
    server = serve = None
    t0 = time.monotonic()
    try:
        with open(server_log, "wb") as out:
            server = subprocess.Popen(
                [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                 "--port", str(port), "--analytics-off"],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                start_new_session=True)
        deadline = time.monotonic() + SERVER_TIMEOUT
        while not _healthy(api):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"prefect server did not start:\n{_tail(server_log)}")
            time.sleep(0.5)
        server_ready = time.monotonic() - t0

        shutil.copy(SEEDS[0], inbox)                       # there before the first run
        with open(serve_log, "wb") as out:
            serve = subprocess.Popen(
                [sys.executable, "-m", "newsledger", "serve", "--interval", "5",
                 "--inbox", str(inbox), "--db", str(db)],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env={**env, "PREFECT_API_URL": api}, cwd=str(ROOT), start_new_session=True)
        procs = {"prefect server": (server, server_log), "newsledger serve": (serve, serve_log)}

        # 1. a scheduled run loads the first seed
        runs = _wait_for(db, lambda rs: any(r["articles_published"] == 1 for r in _finished(rs)),
                         "a run loading the first seed", procs)
        first_done = max(r["finished_at"] for r in _finished(runs))

        # 2. two more seeds dropped between runs: a later run loads them, skips the first
        for seed in SEEDS[1:3]:
            shutil.copy(seed, inbox)
        dropped = datetime.now()
        runs = _wait_for(db, lambda rs: any(r["started_at"] >= dropped and r["inputs_new"] == 2
                                            for r in _finished(rs)),
                         "a run loading the two new seeds", procs)
        elapsed = time.monotonic() - t0
        # 3. the run after that finds nothing new
        runs = _wait_for(db, lambda rs: any(r["started_at"] >= dropped and r["inputs_new"] == 0
                                            and r["inputs_skipped"] == 3 for r in _finished(rs)),
                         "a run with nothing new", procs, timeout=90)
        # load_runs is written before the flow run reports its final state to Prefect:
        # stopping `serve` in between would crash a run that has in fact finished
        _wait_prefect_final(api, [r["flow_run_id"] for r in _finished(runs)])
    except BaseException:
        _stop(server)                     # a failed phase must not leave the server running
        raise
    finally:
        _stop(serve)
        stopped_serve = serve.returncode if serve else None

    try:
        finished = _finished(runs)
        assert len(finished) >= 3
        assert all(r["status"] == "succeeded" for r in finished), finished
        assert all(r["flow_run_id"] for r in finished), "every run went through Prefect"
        second = next(r for r in finished if r["started_at"] >= dropped and r["inputs_new"] == 2)
        assert second["inputs_skipped"] == 1 and second["articles_published"] == 2
        assert second["started_at"] > first_done
        # one writer at a time: runs never overlap
        spans = sorted((r["started_at"], r["finished_at"]) for r in finished)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans

        con = duckdb.connect(str(db), read_only=True)
        try:
            stems = sorted(Path(s).stem for (s,) in con.execute(
                "select source from dim_articles").fetchall())
            events = con.execute("select count(*) from fact_events").fetchall()[0][0]
            errors = con.execute("select count(*) from ingest_errors").fetchall()[0][0]
        finally:
            con.close()
        assert stems == sorted(p.stem for p in SEEDS[:3])
        assert events > 0 and errors == 0
        assert (reports / "latest.html").exists()
        assert (reports / f"{finished[-1]['run_id']}.html").exists()

        # Prefect's view: the runs of the deployment, created by its schedule
        flow_runs = _api_post(api, "/flow_runs/filter", {"limit": 200, "sort": "EXPECTED_START_TIME_ASC"})
        by_id = {r["id"]: r for r in flow_runs}
        for r in finished:
            fr = by_id[r["flow_run_id"]]
            assert fr["state_type"] == "COMPLETED" and fr["auto_scheduled"], fr
            assert fr["deployment_id"]
        cancelled = [r for r in flow_runs if r["state_type"] == "CANCELLED"]
        assert cancelled, "runs due while a run was working are skipped"
        assert all("concurrency limit" in (r["state"]["message"] or "") for r in cancelled)
        artifacts = _api_post(api, "/artifacts/filter", {"limit": 50})
        keys = {a["key"] for a in artifacts}
        assert {"newsledger-run-summary", "newsledger-validation"} <= keys
        assert "stage=extract" in _tail(serve_log, 10**7)      # stage lines at INFO
        print(f"\nscheduling: server ready {server_ready:.0f} s; new seeds loaded at "
              f"{elapsed:.0f} s; {len(finished)} runs completed, {len(cancelled)} skipped; "
              "durations " + ", ".join(f"{(r['finished_at'] - r['started_at']).total_seconds():.1f}s"
                                       for r in finished))
        # serve was stopped with SIGTERM: it exits and pauses its schedule
        assert stopped_serve is not None
        deployments = _api_post(api, "/deployments/filter", {"limit": 10})
        assert [d["paused"] for d in deployments] == [True]
    finally:
        _stop(server)
