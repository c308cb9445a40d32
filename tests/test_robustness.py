"""Nothing lost under crashes, concurrency and bad input (issue 7): crash safety, a busy
warehouse, quarantine and retry, read-only querying, export and restore.

Real DuckDB, Prefect and Great Expectations throughout. The two crash tests run
`newsledger run` in a subprocess (it must die for real) through tests/publish_fault.py,
which injects the fault from outside the package inside the publish transaction and
reports reaching it; the subprocess talks to the session's Prefect test server
(PREFECT_API_URL) so it does not start its own.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from newsledger.warehouse.export import table_checksums
from newsledger.warehouse.db import holder_file

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FAULT_DRIVER = Path(__file__).with_name("publish_fault.py")
PUBLISHED = ("dim_articles", "dim_actors", "dim_sentences", "fact_actor_mentions",
             "fact_events", "fact_figures", "bridge_event_actors")


# ---- helpers ------------------------------------------------------------------------------

def checksums(db: Path, tables=PUBLISHED) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        sums = table_checksums(con)
    finally:
        con.close()
    return {t: sums[t] for t in tables} if tables else sums


def rows(db: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def new_article(folder: Path, name: str = "nouvel_article.txt") -> Path:
    """A French article not yet in the seeded warehouse: seed 000 with a new title and an
    extra sentence (new source, new content)."""
    seed = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    title, _, body = seed.partition("\n")
    path = folder / name
    path.write_text(f"Nouvelle dépêche : {title}\n{body.rstrip()}\n"
                    "Le Japon a annoncé de nouvelles sanctions contre la Corée du Nord.\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def api_url(prefect_server) -> str:
    import prefect.settings

    return prefect.settings.PREFECT_API_URL.value()


def spawn_run(api_url: str, db: Path, inputs: list[Path], tmp: Path, fault: str,
              marker: Path) -> subprocess.Popen:
    """`newsledger run INPUTS --db DB` in a subprocess that meets `fault` ('exit' or
    'pause') inside the publish transaction and writes its PID to `marker` there."""
    env = dict(os.environ, PREFECT_API_URL=api_url, NEWSLEDGER_REPORTS=str(tmp / "reports"),
               PREFECT_LOGGING_LEVEL="ERROR")
    return subprocess.Popen([sys.executable, str(FAULT_DRIVER), fault, str(marker),
                             "run", *map(str, inputs), "--db", str(db)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the run ended (status {proc.returncode}) before the fault:\n{out}\n{err[-3000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the run did not reach the fault within {timeout} s")
        time.sleep(0.2)


def assert_untouched(db: Path, before: dict) -> str:
    """After a killed run: the file opens, every table reads, the published ones are exactly
    as before, and the dead run is still 'running' with its staged rows. Returns its id."""
    assert checksums(db) == before
    everything = checksums(db, tables=None)
    dead = rows(db, "select run_id from load_runs where status = 'running'")
    assert len(dead) == 1
    assert everything["stg_articles"][0] == 1
    return dead[0][0]


def assert_recovered(db: Path, before: dict, article: Path, run_cli) -> None:
    """The next run marks the dead run failed, clears its staging and loads the article."""
    dead = [(assert_untouched(db, before),)]
    code, out, err = run_cli("run", article, "--db", db)
    assert code == 0, out + err
    status, message = rows(db, "select status, message from load_runs where run_id = ?", [dead[0][0]])[0]
    assert status == "failed" and "interrupted" in message
    assert rows(db, "select count(*) from dim_articles where source = ?", [str(article)]) == [(1,)]
    for table in ("stg_articles", "stg_sentences", "stg_actor_mentions", "stg_events",
                  "stg_figures", "stg_event_actors"):
        assert rows(db, f"select count(*) from {table}") == [(0,)], table
    after = checksums(db, tables=None)          # every table of the file still reads
    assert after["dim_articles"][0] == before["dim_articles"][0] + 1


# ---- crash safety -------------------------------------------------------------------------

def test_crash_inside_publish_changes_nothing(seeded_copy, tmp_path, api_url):
    # a copy of a seed under a new name: staged as a duplicate, so the subprocess publishes
    # without loading spaCy (the SIGKILL test below publishes a fully extracted article)
    article = tmp_path / "copy_of_a_seed.txt"
    article.write_bytes(sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    before = checksums(seeded_copy)
    marker = tmp_path / "died"
    proc = spawn_run(api_url, seeded_copy, [article], tmp_path, "exit", marker)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 137, out + err[-3000:]
    assert int(marker.read_text()) == proc.pid             # it died inside the transaction
    # the next run completing the work is checked after the SIGKILL below (same mechanism)
    assert_untouched(seeded_copy, before)


def test_sigkill_during_publish_and_a_busy_database_meanwhile(
        seeded_copy, tmp_path, api_url, run_cli):
    article = new_article(tmp_path)
    before = checksums(seeded_copy)
    marker = tmp_path / "paused"
    proc = spawn_run(api_url, seeded_copy, [article], tmp_path, "pause", marker)
    try:
        wait_for(marker, proc)
        assert int(marker.read_text()) == proc.pid
        holder = json.loads(holder_file(seeded_copy).read_text())

        # a second run waits --lock-timeout seconds, then names the holder and exits 1
        t0 = time.monotonic()
        code, out, err = run_cli("run", article, "--db", seeded_copy, "--lock-timeout", "1.5")
        waited = time.monotonic() - t0
        assert code == 1
        assert waited >= 1.5
        assert "is busy" in err and f"process {proc.pid}" in err and holder["run_id"] in err
        assert "--lock-timeout" in err and "Traceback" not in err + out

        # a query says the database is busy, no traceback
        code, out, err = run_cli("query", "select count(*) from dim_articles", "--db", seeded_copy)
        assert code == 1
        assert "is busy" in err and f"process {proc.pid}" in err and "Traceback" not in err + out
        code, out, err = run_cli("status", "--db", seeded_copy)
        assert code == 1 and "is busy" in err
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert_recovered(seeded_copy, before, article, run_cli)


# ---- quarantine and retry -----------------------------------------------------------------

QUARANTINE = ("quarantine_articles", "quarantine_sentences", "quarantine_actor_mentions",
              "quarantine_events", "quarantine_figures", "quarantine_event_actors")


def quarantined(db: Path) -> dict:
    return {t: dict(rows(db, f"select run_id, count(*) from {t} group by run_id")) for t in QUARANTINE}


def test_rejected_batch_is_quarantined_then_retried_after_a_fix(seeded_copy, tmp_path, run_cli,
                                                                corrupt_first_article):
    db = seeded_copy
    # the fault (corrupt_first_article): an event whose end lies past the article's body
    before = checksums(db)
    article = new_article(tmp_path)

    code, out, err = run_cli("run", article, "--db", db)
    assert code == 1 and "REJECTED" in out
    first = rows(db, "select run_id, status from load_runs order by started_at desc limit 1")[0]
    assert first[1] == "rejected"
    assert checksums(db) == before                       # nothing published
    held = quarantined(db)
    assert held["quarantine_articles"] == {first[0]: 1}
    assert held["quarantine_actor_mentions"].get(first[0], 0) > 0
    failed = rows(db, "select distinct failed_expectations from quarantine_articles")
    assert failed and "offsets_inside_body" in failed[0][0]

    # retry without a fix: rejected again, the batch stays quarantined, now under the new run
    code, out, err = run_cli("run", "--retry-rejected", "--db", db)
    assert code == 1, out + err
    second = rows(db, "select run_id, status, retry_of from load_runs order by started_at desc limit 1")[0]
    assert second[1:] == ("rejected", first[0])
    after = quarantined(db)
    assert after["quarantine_articles"] == {second[0]: 1}
    assert {t: sum(v.values()) for t, v in after.items()} == {t: sum(v.values()) for t, v in held.items()}
    assert checksums(db) == before

    # the fix, in the quarantined rows themselves, then retry the named run: published,
    # quarantine empty, runs linked
    con = duckdb.connect(str(db))
    assert con.execute("update quarantine_events set char_end = char_start + length(trigger) "
                       "where char_end - char_start <> length(trigger) returning event_id").fetchall()
    con.close()
    code, out, err = run_cli("run", "--retry-rejected", second[0], "--db", db)
    assert code == 0, out + err
    assert "SUCCEEDED" in out and second[0] in out
    third = rows(db, "select run_id, status, retry_of from load_runs order by started_at desc limit 1")[0]
    assert third[1:] == ("succeeded", second[0])
    assert all(not v for v in quarantined(db).values())
    assert rows(db, "select run_id from dim_articles where source = ?", [str(article)]) == [(third[0],)]
    mentions = rows(db, "select count(*) from fact_actor_mentions where run_id = ?", [third[0]])[0][0]
    assert mentions == sum(held["quarantine_actor_mentions"].values())

    # nothing left to retry; a bad combination is a usage error
    code, out, err = run_cli("run", "--retry-rejected", "--db", db)
    assert code == 1 and "nothing to retry" in err
    code, out, err = run_cli("run", "--retry-rejected", "no-such-run", "--db", db)
    assert code == 1 and "no-such-run" in err
    code, out, err = run_cli("run", str(article), "--retry-rejected", "latest", "--db", db)
    assert code == 2


# ---- read-only querying -------------------------------------------------------------------

@pytest.mark.parametrize("sql, says", [
    ("update dim_articles set title = 'x'", "read-only"),
    ("drop table dim_articles", "read-only"),
    ("copy dim_articles to '{tmp}/out.csv'", "cannot read or write files"),
    ("attach '{tmp}/other.duckdb' as other", "cannot read or write files"),
    ("install httpfs", "install extensions"),
])
def test_query_cannot_change_the_database(seeded_db, tmp_path, run_cli, sql, says):
    before = checksums(seeded_db, tables=None)
    code, out, err = run_cli("query", sql.format(tmp=tmp_path), "--db", seeded_db)
    assert code == 1
    assert says in err and "Traceback" not in err + out
    assert not list(tmp_path.iterdir())                  # no file written
    assert checksums(seeded_db, tables=None) == before


# ---- export and restore -------------------------------------------------------------------

def test_export_parquet_and_import_round_trip(seeded_copy, tmp_path, run_cli):
    con = duckdb.connect(str(seeded_copy))
    dated = con.execute("select article_id from dim_articles order by article_id limit 2").fetchall()
    con.execute("update dim_articles set published_at = timestamp '2024-03-15 08:30:00' "
                "where article_id = ?", [dated[0][0]])
    con.execute("update dim_articles set published_at = timestamp '2023-11-02 23:59:59.123456' "
                "where article_id = ?", [dated[1][0]])
    con.close()
    out_dir = tmp_path / "export"
    code, out, err = run_cli("export", "--parquet", out_dir, "--db", seeded_copy)
    assert code == 0, err
    manifest = json.loads((out_dir / "manifest.json").read_text())
    source = checksums(seeded_copy, tables=None)
    assert set(manifest["tables"]) == set(source)
    for fact in ("fact_actor_mentions", "fact_events", "fact_figures", "bridge_event_actors"):
        months = {p.name for p in (out_dir / fact).iterdir()}
        assert {"month=2024-03", "month=2023-11", "month=unknown"} <= months, (fact, months)
    assert (out_dir / "dim_articles.parquet").is_file()
    figures_2024 = duckdb.sql(
        f"select count(*) from read_parquet('{out_dir}/fact_figures/month=2024-03/*.parquet')").fetchall()[0][0]
    assert figures_2024 == rows(seeded_copy, "select count(*) from fact_figures where article_id = ?",
                                [dated[0][0]])[0][0]

    restored = tmp_path / "restored.duckdb"
    code, out, err = run_cli("import", out_dir, "--db", restored)
    assert code == 0, err
    assert checksums(restored, tables=None) == source
    # not over a warehouse that holds data; not from a folder that is no export
    code, out, err = run_cli("import", out_dir, "--db", restored)
    assert code == 1 and "already holds data" in err
    code, out, err = run_cli("import", tmp_path, "--db", tmp_path / "x.duckdb")
    assert code == 1 and "manifest.json" in err
    code, out, err = run_cli("export", "--parquet", out_dir, "--db", seeded_copy)
    assert code == 1 and "not empty" in err


# ---- waiting for the holder ---------------------------------------------------------------

def test_second_run_waits_for_the_holder_then_runs(seeded_copy, tmp_path, run_cli):
    """Another process holds the file for a few seconds: a query is told who, a run waits
    (within --lock-timeout) and then goes ahead."""
    held = tmp_path / "held"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, pathlib, sys, time\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "pathlib.Path(sys.argv[2]).touch()\n"
        "time.sleep(4)\n"
        "con.close()\n"), str(seeded_copy), str(held)])
    try:
        deadline = time.monotonic() + 60
        while not held.exists() and time.monotonic() < deadline and holder.poll() is None:
            time.sleep(0.1)
        assert held.exists()
        code, out, err = run_cli("query", "select 1", "--db", seeded_copy)
        assert code == 1 and f"held by process {holder.pid}" in err
        t0 = time.monotonic()
        code, out, err = run_cli("run", SEEDS, "--db", seeded_copy, "--lock-timeout", "120")
        assert code == 0, out + err
        assert holder.poll() is not None              # it ran only once the holder was gone
        assert "0 new" in out and time.monotonic() - t0 < 120
    finally:
        holder.kill()
        holder.wait()
