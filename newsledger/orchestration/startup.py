"""Start-up: the local Prefect API server, and what exists only for a fast cold start.

Everything here is about starting, not about loading news: `start_api` (Prefect's API server
in a process of its own, for `newsledger run` and `newsledger serve`), `prewarm` (the model
and Great Expectations loaded while that server boots). Each measure states the figure that
keeps it; BENCHMARKS.md ("Cold start (issue 17)") has the runs and the command that
reproduces them, and the measures that were removed with their figures.

With PREFECT_API_URL set (a server of yours, Prefect Cloud, the tests) nothing is started.
"""
from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

STARTUP_TIMEOUT = 180.0   # seconds; Prefect's own default (20 s) is short on a slow 2-core VM


class ApiStartError(RuntimeError):
    pass


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def api_healthy(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=timeout) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


@dataclass
class LocalApi:
    """A Prefect API: `url` names it; `process` is set when this process started it."""
    url: str
    process: subprocess.Popen | None = None
    log: Path | None = None

    @property
    def ui_url(self) -> str:
        return self.url.rstrip("/").removesuffix("/api")

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Return once the API answers its health check; at once when it is not ours."""
        if self.process is None:
            return
        deadline = time.monotonic() + timeout
        while not api_healthy(self.url):
            if self.process.poll() is not None:
                raise ApiStartError(f"the Prefect API server exited with status "
                                    f"{self.process.returncode}: {self._log_tail()}")
            if time.monotonic() > deadline:
                self.stop()
                raise ApiStartError(f"the Prefect API server did not answer within "
                                    f"{timeout:.0f} s: {self._log_tail()}")
            time.sleep(0.1)

    def stop(self, grace: float = 15.0) -> None:
        """Stop the server (if it is ours and running: SIGTERM to its process group, then
        SIGKILL); its log goes too when it is empty."""
        if self.process is None:
            return
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
            if self.process.poll() is not None:
                break
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.process.wait(wait)
            except subprocess.TimeoutExpired:
                continue
        try:
            if self.log is not None and self.log.stat().st_size == 0:
                self.log.unlink()
        except OSError:
            pass

    def _log_tail(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-2000:].strip() or "(no output)"
        except (OSError, AttributeError):
            return "(no output)"


def wait_healthy(api_url: str, timeout: float) -> None:
    """Wait for an API this process did not start (PREFECT_API_URL) to answer."""
    deadline = time.monotonic() + timeout
    while not api_healthy(api_url):
        if time.monotonic() > deadline:
            raise ApiStartError(f"the Prefect API at {api_url} did not answer within {timeout:.0f} s")
        time.sleep(0.5)


# What Prefect's own ephemeral server (prefect.server.api.server.SubprocessASGIServer) puts in
# its process's environment: no UI, only the services an ephemeral server runs.
EPHEMERAL_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def server_command(port: int, host: str, ui: bool) -> tuple[list[str], dict]:
    """The command line and environment of a local Prefect API server.

    ui=True (newsledger serve): `prefect server start`, Prefect's documented CLI, with the UI
    and every service (the scheduler above all).

    ui=False (newsledger run): the command Prefect's ephemeral mode runs
    (SubprocessASGIServer: uvicorn on prefect.server.api.server:create_app, UI off, only the
    ephemeral services), started here before anything heavy is imported, so that it boots
    on the other core while this process imports Prefect and loads the model. Measured on
    the 2-core build VM, cold `newsledger run` of one seed, 3 A/B pairs: letting Prefect
    start the same server itself (no PREFECT_API_URL: it imports the server package into
    this process and starts it only when the flow is called) took 76.4 s wall median
    against 46.1 s started here (wall ratio 1.27, pairs 1.15-2.01; CPU the same, ratio 0.99;
    peak 890 against 842 MiB; the VM was loaded, on a quiet one the run takes ~15 s).
    `prefect server start` is the documented entry point, but it is not Prefect's ephemeral
    server: it runs every service (scheduler, late runs, foreman...) where this one runs the
    few an ephemeral server needs. The factory and its environment are Prefect's internals:
    if an upgrade moves them, the run fails at start-up with the server's log in the
    message (tests/test_prefect_api.py).
    """
    if ui:
        return ([sys.executable, "-m", "prefect", "server", "start", "--host", host,
                 "--port", str(port), "--analytics-off", "--log-level", "WARNING"], {})
    import importlib.util

    app_dir = str(Path(importlib.util.find_spec("prefect").origin).parent.parent)
    return ([sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory",
             "prefect.server.api.server:create_app", "--host", host, "--port", str(port),
             "--log-level", "error", "--lifespan", "on"], EPHEMERAL_ENV)


def start_api(log_dir: Path, *, ui: bool = False, host: str = "127.0.0.1") -> LocalApi:
    """Start a local Prefect API server (server_command) on `host` and a free port unless
    PREFECT_API_URL is set, and point PREFECT_API_URL at it; the returned object's
    wait_ready() blocks until it answers. Call it before importing Prefect (its settings
    are read at import). The server runs in its own process group, its output in
    `log_dir/api-server-PORT.log` (one per server: concurrent runs keep their own; removed
    when empty); it is stopped when this process exits, or earlier by stop()."""
    existing = os.environ.get("PREFECT_API_URL")
    if existing:
        return LocalApi(existing)
    port = free_port(host)
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"api-server-{port}.log"
    cmd, server_env = server_command(port, host, ui)
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
           **server_env}
    with open(log, "ab") as out:
        process = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    api = LocalApi(f"http://{host}:{port}/api", process, log)
    os.environ["PREFECT_API_URL"] = api.url
    atexit.register(api.stop)
    return api


_work_ahead = threading.Event()


def work_ahead() -> None:
    """Tell prewarm that the run has articles to extract (the flow calls it when a batch has
    some): an unchanged rerun never loads the model nor imports Great Expectations."""
    _work_ahead.set()


def prewarm(runner: str = "local", eager: bool = False, workers: int = 1) -> threading.Thread:
    """Load the spaCy model (when extraction runs here; with runner 'processes', start the
    pool of `workers` processes, whose fork server loads it) and import Great Expectations
    in a background thread, so both overlap the start of Prefect's API (its own process)
    instead of following it. Call it just before the flow. The thread waits for work_ahead() unless
    `eager` (a warehouse that does not exist yet: everything named is new, the cold start);
    anything that fails here is simply done again, in the usual place, by the task that
    needs it. (Kept from before issue 17, not measured again there: model load ~6-12 s of
    CPU and the GX import ~4 s would otherwise wait for the API server's ~7 s boot instead
    of running beside it.)"""
    import prefect.flow_engine  # noqa: F401  (the engine's imports first: no import races)
    import prefect.task_engine  # noqa: F401

    def work() -> None:
        if not eager:
            _work_ahead.wait()
        try:
            if runner == "local":
                from newsledger.extract.nlp import get_nlp
                get_nlp()
            elif runner == "processes":
                from newsledger.orchestration import workers as pool
                pool.start_soon(workers)
            import great_expectations  # noqa: F401
        except Exception:  # noqa: BLE001
            pass

    thread = threading.Thread(target=work, name="newsledger-prewarm", daemon=True)
    thread.start()
    return thread

