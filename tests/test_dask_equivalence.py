"""The same flow on prefect-dask's DaskTaskRunner (a LocalCluster of 2 worker processes,
started as `newsledger bench --runner dask` starts it) fills the warehouse exactly as the
local runner does: every dimension and fact table equal, run ids and timestamps aside. No timing assertions (see BENCHMARKS.md for speed)."""
from __future__ import annotations

import duckdb
import pytest

ARTICLES = 12
VOLATILE = {"run_id", "first_run_id", "last_run_id", "ingested_at"}


def table_contents(db) -> dict[str, list[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' "
            "and (table_name like 'dim\\_%' escape '\\' or table_name like 'fact\\_%' escape '\\' "
            "or table_name like 'bridge\\_%' escape '\\') order by 1").fetchall()]
        out = {}
        for t in tables:
            cols = [r[0] for r in con.execute(
                "select column_name from information_schema.columns where table_name = ? "
                "order by ordinal_position", [t]).fetchall() if r[0] not in VOLATILE]
            rows = con.execute(f"select {', '.join(cols)} from {t}").fetchall()
            out[t] = sorted(repr(r) for r in rows)
        return out
    finally:
        con.close()


@pytest.mark.slow
def test_dask_bench_warms_its_workers_and_fills_the_same_warehouse_as_one_process(prefect_server, tmp_path):
    """`newsledger bench --runner dask` starts a LocalCluster of 2 workers and loads the model
    on each before the timed flow (as the local runner's model is loaded before timing),
    then runs the flow against that cluster's scheduler: one batch of 12 cut into tasks of 8
    and 4 (task_sizes), whose facts come back from two workers and must be put together in
    order. The same corpus loaded by the local runner in this process (batches of 4) gives
    the same tables. One cluster for both checks: each start loads the model twice."""
    from newsledger.bench.measure import run_benchmark
    from newsledger_flows.load import load_flow

    keep = tmp_path / "bench"
    r = run_benchmark(ARTICLES, runner="dask", workers=2, batch_size=ARTICLES, keep=keep,
                      do_rerun=False, do_reference=False, do_cold=False)
    assert r["dask"]["warm"] is True and r["dask"]["warm_workers"] == 2, r["dask"]
    assert r["dask"]["worker_warmup_seconds"] > 0
    assert r["flow"]["status"] == "succeeded" and r["flow"]["inputs_new"] == ARTICLES, r["flow"]
    # extraction ran on Dask: its task runs, recorded by the workers, timed from the API
    assert r["flow"]["stage_seconds"].get("extract_workers", 0) > 0
    assert "extract" not in r["flow"]["stage_seconds"]

    local_db = tmp_path / "local.duckdb"
    local = load_flow(paths=[str(keep / "corpus")], db=str(local_db), reports_dir=str(tmp_path / "r1"),
                      batch_size=4, show_progress=False)
    assert local["status"] == "succeeded" and local["inputs_new"] == ARTICLES, local
    a, b = table_contents(local_db), table_contents(keep / "bench.duckdb")
    assert set(a) >= {"dim_articles", "dim_actors", "fact_actor_mentions", "fact_events",
                      "fact_figures", "bridge_event_actors"}
    assert a.keys() == b.keys()
    assert sum(len(rows) for rows in a.values()) > ARTICLES
    for table in a:
        assert a[table] == b[table], f"{table} differs between the local and the Dask runner"


def _worker_settings() -> dict:
    import os

    import dask

    return {"trim": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
            "profile": dask.config.get("distributed.worker.profile.enabled"),
            "api": os.environ.get("PREFECT_API_URL")}


@pytest.mark.slow
def test_local_cluster_workers_start_with_the_flows_api_and_plain_glibc_malloc(prefect_server):
    """The project's LocalCluster workers start with this process's Prefect API in their
    environment (Prefect's ephemeral server is not in it, so each worker would start a server
    of its own), without the MALLOC_TRIM_THRESHOLD_=65536 Dask's nanny gives them (it turns
    off glibc's adaptive mmap threshold: spaCy about a third slower) and without the 10 ms
    stack sampler."""
    from distributed import Client

    from newsledger.orchestration.runners import local_cluster_kwargs, prefect_api_url, start_local_cluster

    api = prefect_api_url()
    assert api.startswith("http://127.0.0.1:") and "/api" in api, api
    with start_local_cluster(**local_cluster_kwargs(1)) as cluster, Client(cluster) as client:
        settings = list(client.run(_worker_settings).values())
    assert settings == [{"trim": None, "profile": False, "api": api}]
