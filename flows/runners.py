"""Where extraction batches run: prefect-dask's DaskTaskRunner, on a LocalCluster or an
existing Dask scheduler.

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


def dask_task_runner(address: str | None = None, n_workers: int | None = None):
    """A DaskTaskRunner: `address` (tcp://HOST:PORT) of an existing scheduler, or, when it
    is None, a LocalCluster of `n_workers` single-threaded worker processes."""
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")   # workers inherit it
    import logging

    from prefect_dask import DaskTaskRunner

    logging.getLogger("distributed").setLevel(logging.WARNING)
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs=local_cluster_kwargs(n_workers))
