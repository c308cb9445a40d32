"""A local run spread over worker processes (newsledger.orchestration.workers: processes
forked from a fork server that loaded the model) fills the warehouse exactly as one process
does: every dimension and fact table equal, run ids and timestamps aside (the seeds, 1 and 2
workers). The two-worker run goes through the command line, as a user starts it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_dask_equivalence import table_contents

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_one_and_two_workers_fill_the_same_warehouse(run_cli, tmp_path):
    from newsledger_flows.load import load_flow

    seeds = str(ROOT / "seeds")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    single = load_flow(paths=[seeds], db=str(one), reports_dir=str(tmp_path / "r1"),
                       show_progress=False, batch_size=2)
    code, out, _ = run_cli("run", seeds, "--db", two, "--reports", tmp_path / "r2",
                           "--batch-size", "2", "--workers", "2", "--json")
    spread = json.loads(out)
    assert code == 0
    assert single["status"] == spread["status"] == "succeeded"
    assert spread["published"]["articles"] == 5
    assert spread["stage_seconds"].get("extract_workers", 0) > 0     # extraction ran in the workers
    assert table_contents(one) == table_contents(two)
