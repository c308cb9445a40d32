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
# Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536 (its pre-spawn-environ), so
# glibc hands freed memory back to the kernel at every turn; spaCy allocates and frees
# large arrays per batch and ran ~18 % slower with it (96 articles: 11.7 s vs 9.9 s).
# 64 MiB keeps the trimming, for real spare memory only.
WORKER_ENV = {"MALLOC_TRIM_THRESHOLD_": str(64 * 2**20)}


def local_cluster_kwargs(n_workers: int | None = None) -> dict:
    return {
        "n_workers": n_workers or int(os.environ.get("NEWSLEDGER_DASK_WORKERS", LOCAL_WORKERS)),
        "threads_per_worker": THREADS_PER_WORKER,
        "processes": True,
        "dashboard_address": None,   # no web server on a laptop or in CI
        "env": dict(WORKER_ENV),
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
