"""The tasks of a load take and return plain data, and the run's stage timings are Prefect's
own task run durations (real Prefect, real DuckDB)."""
from __future__ import annotations

import json
import shutil
import time
from dataclasses import asdict
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_planned_batches_are_plain_and_collect_as_the_walk_does(prefect_server, tmp_path):
    """Planning reads nothing; the collect task over the planned batches gives the items of
    collect_paths over the same paths, in the same order, bad inputs included."""
    from newsledger.ingest.files import collect_paths
    from newsledger.ingest.inputs import plan_batches
    from newsledger.orchestration.tasks import collect_task

    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    for i, seed in enumerate(SEEDS[:3]):
        shutil.copy(seed, (inbox / "sub" if i else inbox) / seed.name)
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    (inbox / "loop").symlink_to(inbox)
    paths = [str(inbox), str(tmp_path / "missing.txt"), str(inbox / SEEDS[0].name), ""]

    batches = list(plan_batches(paths, ["http://127.0.0.1:9/a"], batch_size=2))
    # inbox: 3 seeds, the empty file, the loop; missing.txt; "" (the repeated seed is not listed again)
    assert [len(b) for b in batches] == [2, 2, 2, 2]
    assert batches[-1].urls == ["http://127.0.0.1:9/a"]
    for b in batches:
        json.dumps(asdict(b))                                 # built-in types only
    from prefect import flow

    @flow
    def collect_all():
        return [item for b in batches for item in collect_task(b.files)]

    collected = collect_all()
    expected = list(collect_paths(paths))
    assert [asdict(i) for i in collected] == [asdict(i) for i in expected]
    assert {type(i).__name__ for i in expected} == {"SourceDocument", "IngestError"}


def test_a_fetch_task_that_always_fails_records_each_url(prefect_server, monkeypatch):
    """The fetch task is retried, then each URL of its batch is an ingest error with the
    reason: nothing lost, no traceback."""
    from prefect import flow

    from newsledger.ingest import html
    from newsledger.ingest.inputs import InputBatch
    from newsledger.orchestration import tasks

    calls = []

    def broken(urls, **_):
        calls.append(list(urls))
        raise ConnectionError("network down")

    monkeypatch.setattr(html, "fetch_documents", broken)
    monkeypatch.setattr(tasks, "fetch_task", tasks.fetch_task.with_options(retry_delay_seconds=0))
    assert tasks.fetch_task.retries == tasks.FETCH_RETRIES > 0

    @flow
    def one_batch():
        clock = tasks.StageClock(tasks.RunSummary("r", "db"))
        return clock, tasks.collect_batch(clock, InputBatch(urls=["http://a.test/1", "http://a.test/2"]), False)

    clock, items = one_batch()
    assert len(calls) == tasks.FETCH_RETRIES + 1
    assert [(e.source, e.stage) for e in items] == [("http://a.test/1", "fetch"), ("http://a.test/2", "fetch")]
    assert all("gave up after 3 attempts" in e.error and "network down" in e.error for e in items)
    assert clock.summary.stage_seconds["collect"] > 0          # the failed attempts count too


def test_stage_seconds_are_the_task_runs_of_the_flow_run(prefect_server, tmp_path):
    """stage_seconds sums Prefect's TaskRun.total_run_time of the run's task runs, per stage,
    as the API recorded them (not a clock around the calls)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from newsledger_flows.load import load_flow
    from newsledger.orchestration.tasks import STAGE_OF

    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, folder / seed.name)
    db = tmp_path / "w.duckdb"
    summary = load_flow(paths=[str(folder)], db=str(db), batch_size=1, show_progress=False)
    assert summary["status"] == "succeeded"
    con = duckdb.connect(str(db), read_only=True)
    flow_run_id = con.execute("select flow_run_id from load_runs").fetchall()[0][0]
    con.close()

    expected_runs = {"collect": 2, "skip-known": 2, "extract": 2, "stage": 2, "validate": 1,
                     "publish": 1, "report": 1}
    with get_client(sync_client=True) as client:
        deadline = time.monotonic() + 30
        while True:                      # the API records task runs from their events
            runs = client.read_task_runs(flow_run_filter=FlowRunFilter(
                id=FlowRunFilterId(any_=[flow_run_id])))
            final = [r for r in runs if r.state is not None and r.state.is_final()]
            names = {n: sum(1 for r in final if r.name.startswith(n + "-")) for n in expected_runs}
            if names == expected_runs or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    assert names == expected_runs
    by_stage: dict[str, float] = {}
    for r in final:
        stage = STAGE_OF.get(r.name.rsplit("-", 1)[0])
        if stage:
            by_stage[stage] = by_stage.get(stage, 0.0) + r.total_run_time.total_seconds()
    assert summary["stage_seconds"].keys() == by_stage.keys()
    for stage, seconds in by_stage.items():
        assert summary["stage_seconds"][stage] == pytest.approx(seconds, abs=1e-3), stage
