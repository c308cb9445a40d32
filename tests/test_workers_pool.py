"""The local extraction pool (newsledger.orchestration.workers): its workers are forked from
a fork server that loaded the model once, and they extract what this process extracts."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_workers_start_with_the_fork_servers_model_and_extract_the_same():
    from newsledger.extract.article import extract_texts
    from newsledger.orchestration import workers

    texts = [(p.read_text(encoding="utf-8"), None) for p in sorted((ROOT / "seeds").glob("*.txt"))[:2]]
    pool = workers.start(2)
    try:
        assert workers.start(2) is pool                      # started once
        parents = {pool.submit(os.getppid).result() for _ in range(4)}
        assert os.getpid() not in parents                    # forked by the fork server
        assert all(pool.submit(workers.inherited_model).result() for _ in range(4))
        assert workers.extract(texts, 2) == list(extract_texts(texts))
    finally:
        workers.stop()


@pytest.mark.slow
def test_the_fork_servers_preload_also_reads_the_lemmatizers_word_tables():
    import importlib

    from newsledger.extract.model import lemmatizer_tables
    from newsledger.orchestration import workers

    lemmatizer_tables.cache_clear()
    preload = importlib.reload(importlib.import_module(workers.PRELOAD))
    assert preload.LOADED
    assert lemmatizer_tables.cache_info().currsize == 1    # no worker reads them on its first article


def test_a_local_run_has_one_worker_per_core_whatever_its_size(monkeypatch):
    from newsledger.orchestration.runners import default_workers

    monkeypatch.delenv("NEWSLEDGER_WORKERS", raising=False)
    assert default_workers() == max(1, os.cpu_count() or 1)
    monkeypatch.setenv("NEWSLEDGER_WORKERS", "3")
    assert default_workers() == 3
