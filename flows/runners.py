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


def local_cluster_kwargs(n_workers: int | None = None) -> dict:
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
