"""A local run spread over worker processes (Prefect's ProcessPoolTaskRunner) fills the
warehouse exactly as one process does: every dimension and fact table equal, run ids and
timestamps aside (the seeds, 1 and 2 workers)."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_dask_equivalence import table_contents

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_one_and_two_workers_fill_the_same_warehouse(prefect_server, tmp_path):
    from newsledger.orchestration.runners import process_task_runner
    from newsledger_flows.load import load_flow

    seeds = str(ROOT / "seeds")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    single = load_flow(paths=[seeds], db=str(one), reports_dir=str(tmp_path / "r1"),
                       show_progress=False, batch_size=2)
    spread = load_flow.with_options(task_runner=process_task_runner(2))(
        paths=[seeds], db=str(two), reports_dir=str(tmp_path / "r2"), show_progress=False,
        batch_size=2, runner="processes", workers=2)
    assert single["status"] == spread["status"] == "succeeded"
    assert spread["published"]["articles"] == 5
    assert spread["stage_seconds"].get("extract_workers", 0) > 0     # extraction ran in the workers
    assert table_contents(one) == table_contents(two)
