"""Prefect's API for a one-off `newsledger run`: started first, in its own process.

With no PREFECT_API_URL, Prefect starts a temporary API server itself, but only when the flow
is called, and it first imports the whole server package into the flow process (~5 s of CPU
on the build VM, under the same GIL as the model load). `start_api()` starts the very same
server (Prefect's `SubprocessASGIServer` command: uvicorn on `create_app`, UI off) before
anything heavy is imported, so it boots on the other core while this process imports
Prefect and loads the model; it points PREFECT_API_URL at it and stops it at exit.
Nothing changes when PREFECT_API_URL is already set (a server, Prefect Cloud, the tests).
"""
from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

STARTUP_TIMEOUT = 120.0   # seconds; Prefect's own default (20 s) is short on a slow 2-core VM
# what Prefect's SubprocessASGIServer puts in its server's environment
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


class ApiStartError(RuntimeError):
    pass


@dataclass
class LocalApi:
    url: str | None = None
    process: subprocess.Popen | None = None
    log: Path | None = None

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Return once the API answers its health check (at once when not ours)."""
        if self.process is None:
            return
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise ApiStartError(f"the Prefect API server exited with status "
                                    f"{self.process.returncode}: {self._log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise ApiStartError(f"the Prefect API server did not answer within {timeout:.0f} s: "
                                    f"{self._log_tail()}")
            time.sleep(0.1)

    def stop(self) -> None:
        """Stop the server (if it is ours and running); its log goes too when it is empty."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        try:
            if self.log is not None and self.log.stat().st_size == 0:
                self.log.unlink()
        except OSError:
            pass

    def _log_tail(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-1500:].strip() or "(no output)"
        except (OSError, AttributeError):
            return "(no output)"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_api(log_dir: Path) -> LocalApi:
    """Start Prefect's API server unless PREFECT_API_URL is set; call before importing Prefect
    (its settings are read at import). The returned object's wait_ready() blocks until it
    answers; the server is stopped when this process exits."""
    if os.environ.get("PREFECT_API_URL"):
        return LocalApi(os.environ["PREFECT_API_URL"])
    spec = importlib.util.find_spec("prefect")
    app_dir = str(Path(spec.origin).parent.parent)
    port = free_port()
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"api-server-{port}.log"    # one per server: concurrent runs keep their own
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, **SERVER_ENV}, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL)
    api = LocalApi(f"http://127.0.0.1:{port}/api", process, log)
    os.environ["PREFECT_API_URL"] = api.url
    atexit.register(api.stop)
    return api


def prewarm(runner: str = "local") -> threading.Thread:
    """Load the spaCy model (when extraction runs here) and import Great Expectations in a
    background thread, so both overlap the start of Prefect's API (its own process) instead
    of following it. Call it just before the flow; anything that fails here is simply done
    again, in the usual place, by the task that needs it."""
    import prefect.flow_engine  # noqa: F401  (the engine's imports first: no import races)
    import prefect.task_engine  # noqa: F401

    def work() -> None:
        try:
            if runner == "local":
                from newsledger.extract.nlp import get_nlp
                get_nlp()
            import great_expectations  # noqa: F401
        except Exception:  # noqa: BLE001
            pass

    thread = threading.Thread(target=work, name="newsledger-prewarm", daemon=True)
    thread.start()
    return thread
