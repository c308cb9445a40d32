"""Where extraction batches run: in the flow's process (one worker), in local worker
processes (orchestration.workers, the default on a machine with several cores), or on Dask
(prefect-dask's DaskTaskRunner, on a LocalCluster or an existing scheduler).

Only extraction is submitted to the runner (see pipeline._extract_batches); collection,
staging, validation and publishing stay in the flow process, the only DuckDB writer.
Workers need this package and the spaCy model installed; each loads the model once.
"""
from __future__ import annotations

import os

LOCAL_WORKERS = 2          # one per core on the reference machine
THREADS_PER_WORKER = 1     # extraction is CPU-bound Python: processes, not threads
# glibc's malloc adapts its mmap threshold to the program; setting any of its thresholds,
# MALLOC_TRIM_THRESHOLD_ included, turns that off, and every large array spaCy allocates is
# then mmap'd and unmapped again. Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 for the
# workers it spawns (its pre-spawn-environ); with that, or with 64 MiB, spaCy ran about a third
# slower (128 articles in one process: 24.5-26.2 s against 17.5-18.3 s); a None entry removes
# it. The stack sampler behind Dask's dashboard profile wakes every 10 ms and took ~2.5 % of
# a worker's CPU; LocalCluster has no dashboard here, so it is off.
WORKER_DASK_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}


def local_cluster_kwargs(n_workers: int | None = None) -> dict:
    """LocalCluster's arguments; also sets WORKER_DASK_CONFIG, which the nanny reads from
    Dask's global config when the cluster starts its workers."""
    import dask

    dask.config.set(WORKER_DASK_CONFIG)
    return {
        "n_workers": n_workers or int(os.environ.get("NEWSLEDGER_DASK_WORKERS", LOCAL_WORKERS)),
        "threads_per_worker": THREADS_PER_WORKER,
        "processes": True,
        "dashboard_address": None,   # no web server on a laptop or in CI
    }


def prefect_api_url() -> str:
    """The Prefect API this process uses: PREFECT_API_URL, or the URL of the ephemeral
    server Prefect started for it (which it does not put in the environment)."""
    from prefect.client.orchestration import get_client

    return str(get_client(sync_client=True).api_url)


def start_local_cluster(**kwargs):
    """A LocalCluster whose workers report to this process's Prefect API. Prefect hands
    its settings to tasks on Dask, but an ephemeral server is not among them: without
    PREFECT_API_URL in its environment, each worker would start a server of its own on its
    first task (one more uvicorn process per worker, on the same database)."""
    from distributed import LocalCluster

    env = {"PREFECT_API_URL": prefect_api_url(), **kwargs.pop("env", {})}
    return LocalCluster(env=env, **kwargs)


def dask_task_runner(address: str | None = None, n_workers: int | None = None):
    """A DaskTaskRunner: `address` (tcp://HOST:PORT) of an existing scheduler, or, when it
    is None, a LocalCluster of `n_workers` single-threaded worker processes."""
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")   # workers inherit it
    import logging

    from prefect_dask import DaskTaskRunner

    logging.getLogger("distributed").setLevel(logging.WARNING)
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_class=start_local_cluster,
                          cluster_kwargs=local_cluster_kwargs(n_workers))


def default_workers() -> int:
    """Extraction processes of a local run: NEWSLEDGER_WORKERS, else one per core, whatever
    the run's size. Until the workers were forked from the fork server, a run of fewer than
    100 inputs extracted in its own process, since each spawned worker loaded the model anew
    (one article: 33.2 s wall / 41.6 s CPU with two workers against 15.3 s / 23.2 s in one
    process, 2026-12-03). With the fork server, one seed article, 3 runs A B A B on a quiet VM
    (2026-12-04): two workers 11.9-12.7 s wall / 16.9-19.0 s CPU, one process 13.7-14.4 s /
    17.1-18.1 s: the pool costs no more CPU and the model loads beside the imports."""
    value = os.environ.get("NEWSLEDGER_WORKERS", "").strip()
    if value.isdigit():
        return max(1, int(value))
    return max(1, os.cpu_count() or 1)


def stop_with_parent() -> None:
    """In a worker process: end it when the process that started it (the run's) is gone. A
    run killed outright (SIGKILL, a power cut of the parent alone) would otherwise leave its
    idle workers behind, each holding a loaded model, waiting for tasks that never come.
    multiprocessing's own handle on the parent is used: a worker forked by a fork server
    still has the run's process as its parent there, whatever its operating-system parent."""
    import multiprocessing
    import signal
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()                       # returns when the parent process has ended
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="newsledger-parent-watch", daemon=True).start()


def process_task_runner(workers: int):
    """The flow's task runner when extraction runs in `workers` local processes
    (orchestration.workers): Prefect's ThreadPoolTaskRunner with one thread per worker, each
    thread's task handing its texts to the pool and waiting for them."""
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=workers)


def worker_slots() -> int:
    """Worker threads of the Dask cluster the running flow's task runner uses (1 when there
    is no such cluster)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    client = getattr(getattr(context, "task_runner", None), "client", None)
    if client is None:
        return 1
    return max(1, sum(client.nthreads().values()))
