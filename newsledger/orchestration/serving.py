"""What serving the load flow as a scheduled Prefect deployment needs (`newsledger serve`;
the deployment itself is `flows/serve.py`).

Scheduling needs a real Prefect server: the ephemeral API that `newsledger run` starts does
not schedule (see ../shared/research/stack-notes.md). When PREFECT_API_URL is unset, serve
starts `prefect server start` with its UI on 127.0.0.1 and a free port (the one launcher,
`newsledger.orchestration.startup.start_api`), points PREFECT_API_URL at it, and stops it
on exit. Otherwise it uses the server PREFECT_API_URL names.

Each scheduled run is the ordinary load flow (`newsledger_flows.load.load_flow`, served by `flows/serve.py`) over fixed
sources: the inbox folder (the skip-known stage passes over files already loaded), URL
lists (re-read at every run) and feeds (only entries not yet in the warehouse).

Overlap: the deployment has a concurrency limit of one run. With `--on-overlap skip` (the
default) a run that comes due while another one holds the slot is cancelled by the server
with the state message "Deployment concurrency limit reached."; with `queue` it waits in
the state AwaitingConcurrencySlot. Either way there is never more than one writer, and the
flow itself still waits for the DuckDB lock (`lock_timeout`) against `newsledger run`.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsledger import config
from newsledger.orchestration.startup import STARTUP_TIMEOUT, start_api, wait_healthy

FLOW_ENTRYPOINT = "newsledger_flows.load.load_flow"
DEFAULT_DEPLOYMENT = "scheduled"

log = logging.getLogger("newsledger.serve")


@dataclass
class ServeOptions:
    cron: str | None = None
    interval: float | None = None
    inbox: str | None = None
    urls_files: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    db: str | None = None
    reports: str | None = None
    name: str = DEFAULT_DEPLOYMENT
    on_overlap: str = "skip"          # 'skip' | 'queue'
    lock_timeout: float = 300.0
    batch_size: int = config.DEFAULT_BATCH
    allow_private_hosts: bool = False
    timezone: str | None = None

    def parameters(self) -> dict:
        """The deployment's parameters: absolute paths, since runs may start elsewhere."""
        paths = [str(Path(self.inbox).resolve())] if self.inbox else []
        return {
            "paths": paths,
            "urls_files": [str(Path(f).resolve()) for f in self.urls_files],
            "feeds": list(self.feeds),
            "db": str(Path(self.db or config.default_db()).resolve()),
            "reports_dir": str(Path(self.reports or config.reports_dir()).resolve()),
            "allow_private_hosts": self.allow_private_hosts,
            "batch_size": self.batch_size,
            "lock_timeout": self.lock_timeout,
            "show_progress": False,
        }


# ---- Prefect's API while serving --------------------------------------------------------

def wait_for_runs(exclude: set[int], timeout: float = 120.0) -> None:
    """Before stopping the server: let flow runs this process started finish (they report
    their final state to it), up to `timeout` seconds. `exclude`: child processes that are
    not flow runs (the server itself, and any child the process had before serving, which
    would otherwise hold the stop for the whole timeout)."""
    import psutil

    deadline = time.monotonic() + timeout
    announced = False
    while time.monotonic() < deadline:
        try:
            alive = [c for c in psutil.Process().children() if c.pid not in exclude
                     and c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
        except psutil.Error:
            return
        if not alive:
            return
        if not announced:
            print(f"newsledger serve: waiting for {len(alive)} flow run process(es) to finish "
                  "before stopping the Prefect server", file=sys.stderr, flush=True)
            announced = True
        time.sleep(0.5)


@contextmanager
def prefect_api(start_timeout: float = STARTUP_TIMEOUT):
    """Yield (api_url, ui_url, started_here): the API named by PREFECT_API_URL, or a local
    server with its UI (startup.start_api) for the duration of the block."""
    existing = os.environ.get("PREFECT_API_URL")
    if existing:
        wait_healthy(existing, 60.0)
        yield existing, existing.rstrip("/").removesuffix("/api"), False
        return
    import psutil

    already = {c.pid for c in psutil.Process().children()}   # not flow runs of this block
    api = start_api(Path(os.environ.get("PREFECT_HOME", config.home() / ".prefect")), ui=True)
    os.environ.setdefault("PREFECT_UI_URL", api.ui_url)
    try:
        api.wait_ready(start_timeout)
        yield api.url, api.ui_url, True
    finally:
        wait_for_runs(exclude=already | {api.process.pid})
        api.stop()
        os.environ.pop("PREFECT_API_URL", None)


# ---- The deployment ---------------------------------------------------------------------

def concurrency(on_overlap: str):
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

    strategy = {"skip": ConcurrencyLimitStrategy.CANCEL_NEW,
                "queue": ConcurrencyLimitStrategy.ENQUEUE}[on_overlap]
    return ConcurrencyLimitConfig(limit=1, collision_strategy=strategy)


def schedule_kwargs(opts: ServeOptions) -> dict:
    from prefect.schedules import Cron, Interval

    if bool(opts.cron) == bool(opts.interval):
        raise ValueError("give exactly one of cron or interval")
    if opts.cron:
        return {"schedule": Cron(opts.cron, timezone=opts.timezone) if opts.timezone
                else Cron(opts.cron)}
    return {"schedule": Interval(float(opts.interval))}


def reconcile(deployment_id, announce=print) -> None:
    """Clear what an earlier serve of this deployment left behind, before serving it again.

    - Runs still PENDING or RUNNING: their process died with the earlier serve (one serve
      per deployment). They hold the deployment's concurrency slot, and a server restarted
      since has lost the lease that would have freed it, so no run would ever start again.
      They are marked CRASHED, which frees the slot (the warehouse side is handled by the
      next run, which marks the dead run's load_runs row failed).
    - Scheduled runs whose time has passed while nothing served them: deleted, so a restart
      does not fire a burst of missed runs.
    """
    from datetime import datetime, timezone

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter, DeploymentFilterId, FlowRunFilter, FlowRunFilterExpectedStartTime,
        FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType
    from prefect.states import Crashed

    def runs(client, types, **extra):
        return client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
            flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                type=FlowRunFilterStateType(any_=types)), **extra), limit=200)

    with get_client(sync_client=True) as client:
        stuck = runs(client, [StateType.PENDING, StateType.RUNNING])
        for run in stuck:
            client.set_flow_run_state(run.id, Crashed(
                message="newsledger serve restarted: this run's process is gone"), force=True)
        missed = [r for r in runs(client, [StateType.SCHEDULED], expected_start_time=
                                  FlowRunFilterExpectedStartTime(before_=datetime.now(timezone.utc)))
                  if r.auto_scheduled]
        for run in missed:
            client.delete_flow_run(run.id)
    if stuck:
        announce(f"newsledger serve: marked {len(stuck)} run(s) of an earlier serve crashed "
                 "(their process is gone)")
    if missed:
        announce(f"newsledger serve: dropped {len(missed)} scheduled run(s) missed while "
                 "nothing served the deployment")


def pause_deployment(deployment_id, announce=print) -> None:
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            client.pause_deployment(deployment_id)
        announce("newsledger serve: stopped; the schedule is paused")
    except Exception as exc:  # noqa: BLE001  (shutting down: report, do not mask the cause)
        announce(f"newsledger serve: could not pause the schedule: {type(exc).__name__}: {exc}")


def runner_timing(opts: ServeOptions) -> tuple[float, float]:
    """(seconds between polls, seconds of prefetch) for the runner.

    A runner submits runs up to `prefetch` seconds before they are due; with the default
    of 10 s and a short interval, the next run would be submitted (and cancelled by the
    concurrency limit) while the previous one is still working. Short polls and a short
    prefetch make a run start close to its time.
    """
    if opts.interval:
        return max(1.0, min(10.0, opts.interval / 3)), max(1.0, min(10.0, opts.interval / 5))
    return 5.0, 2.0
