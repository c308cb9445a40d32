"""Local extraction processes that start with the model already loaded.

A local `newsledger run` on several cores extracts in a pool of worker processes
(concurrent.futures' ProcessPoolExecutor). The workers are forked from one fork server
(multiprocessing's 'forkserver' start method) which imported PRELOAD, and so the spaCy
pipeline, before forking them: the model is loaded once per run, in the server, and every
worker starts with it (its pages shared copy-on-write), instead of each worker importing
Prefect and loading the model after the flow has started. `newsledger run` starts the pool
while Prefect's API boots when its warehouse is new, else once the run finds something to
extract (startup.prewarm): never for an unchanged rerun.

The flow's extraction tasks stay Prefect tasks, one per slice of a batch, run in the flow's
threads (a ThreadPoolTaskRunner of one thread per worker): each hands its texts to this
pool and waits for the facts. Pure extraction runs in the workers; nothing there talks to
Prefect or DuckDB.
"""
from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

from newsledger.orchestration.runners import stop_with_parent

PRELOAD = "newsledger.orchestration.preload"    # imported by the fork server, once

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_size = 0


def ready() -> bool:
    """In a worker: the pipeline is loaded (it is when the fork server loaded it)."""
    from newsledger.extract.nlp import get_nlp

    get_nlp()
    return True


def start(workers: int) -> ProcessPoolExecutor:
    """The pool of `workers` processes, with every worker forked and its model loaded when
    this returns (the first call waits for the fork server's model load). Started once per
    process; a call with another size replaces it."""
    global _pool, _size
    with _lock:
        if _pool is not None and _size != workers:
            _pool.shutdown(wait=True)
            _pool = None
        if _pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([PRELOAD])
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                       initializer=stop_with_parent)
            # one submission per worker: each forks a process (none is idle yet)
            for started in [pool.submit(ready) for _ in range(workers)]:
                started.result()
            _pool, _size = pool, workers
        return _pool


_starting: threading.Thread | None = None


def start_soon(workers: int) -> threading.Thread:
    """start(workers) in a background thread (the fork server's model load takes seconds);
    while one such start is under way, another call returns its thread."""
    global _starting
    if _starting is None or not _starting.is_alive():
        _starting = threading.Thread(target=_start_quietly, args=(workers,),
                                     name="newsledger-workers", daemon=True)
        _starting.start()
    return _starting


def _start_quietly(workers: int) -> None:
    try:
        start(workers)
    except Exception:  # noqa: BLE001  (the flow's first task starts the pool again and says why)
        pass


def extract(texts: list[tuple[str, str | None]], workers: int):
    """ArticleFacts of (body, published_at) pairs, extracted in one of the pool's workers."""
    return start(workers).submit(extract_in_worker, texts).result()


def extract_in_worker(texts: list[tuple[str, str | None]]):
    from newsledger.extract.article import extract_texts

    return list(extract_texts(texts))


def stop() -> None:
    """End the pool's workers (the fork server ends with this process)."""
    global _pool, _size
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=True)
        _pool, _size = None, 0


def inherited_model() -> bool:
    """In a worker: it started with the model the fork server loaded (a worker never imports
    PRELOAD itself; it has it only from the fork)."""
    import sys

    return bool(getattr(sys.modules.get(PRELOAD), "LOADED", False))
