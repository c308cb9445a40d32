"""How a Dask run cuts its batches into extraction tasks (pipeline.task_sizes): large tasks
while much work remains, smaller ones at the end so the workers finish together."""
from __future__ import annotations

import pytest

from newsledger.orchestration.tasks import DASK_TAIL_ARTICLES, DASK_TASK_ARTICLES, task_sizes


def simulate(total: int, batch: int, slots: int) -> list[int]:
    """Every task of a run over `total` articles collected in batches of `batch`."""
    out, left = [], total
    while left > 0:
        n = min(batch, left)
        left -= n
        out += task_sizes(n, left, slots)
    return out


@pytest.mark.parametrize("total,batch,slots", [(1000, 64, 2), (10_000, 64, 2), (300, 64, 4),
                                               (7, 64, 2), (1000, 256, 2), (1000, 64, 16)])
def test_a_run_is_cut_into_every_article_once_in_bounded_tasks(total, batch, slots):
    tasks = simulate(total, batch, slots)
    assert sum(tasks) == total
    assert all(0 < t <= DASK_TASK_ARTICLES for t in tasks)
    assert all(t >= min(DASK_TAIL_ARTICLES, total) for t in tasks[:-1])


def test_tasks_shrink_towards_the_end_of_a_run_on_two_workers():
    tasks = simulate(1000, 64, 2)
    assert tasks[:12] == [64] * 12                 # plenty of work left: full batches
    # the last 40 articles go out in tasks of at most 10: a worker that runs out of work
    # waits for at most one short task of the other's
    assert sum(tasks[-5:]) == 40 and max(tasks[-5:]) <= 10, tasks
    assert tasks[-5:] == sorted(tasks[-5:], reverse=True)


def test_a_large_last_batch_is_cut_into_shrinking_tasks():
    tasks = task_sizes(232, 0, 2)
    assert sum(tasks) == 232 and tasks == sorted(tasks, reverse=True)
    assert tasks[0] == 58 and tasks[-1] <= DASK_TAIL_ARTICLES, tasks


def test_one_worker_gets_whole_batches():
    assert simulate(1000, 64, 1) == [64] * 15 + [40]
    assert task_sizes(200, 0, 1) == [50, 50, 50, 50]    # still at most DASK_TASK_ARTICLES


def test_more_workers_cut_earlier():
    assert task_sizes(64, 200, 2) == [64]
    many = task_sizes(64, 200, 16)
    assert sum(many) == 64 and len(many) >= 4 and min(many) >= DASK_TAIL_ARTICLES, many
