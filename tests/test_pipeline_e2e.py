"""The whole load flow on the seed articles with the real DuckDB, Prefect and Great Expectations."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse_checks import PUBLISHED, rows, scalar, table_checksums

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
QUERIES = sorted((ROOT / "sql" / "queries").glob("*.sql"))


def test_seed_run_fills_every_table(seeded_db):
    counts = {t: scalar(seeded_db, f"select count(*) from {t}") for t in PUBLISHED}
    assert counts["dim_articles"] == len(SEEDS) == 5
    assert counts["dim_sentences"] >= 5 * 5
    for table in ("dim_actors", "fact_actor_mentions", "fact_events", "fact_figures",
                  "bridge_event_actors"):
        assert counts[table] > 0, (table, counts)
    run = rows(seeded_db, "select status, inputs_new, articles_published, validation_success "
                          "from load_runs")
    assert run == [("succeeded", 5, 5, True)]
    assert scalar(seeded_db, "select count(*) from stg_articles") == 0


def test_every_fact_points_into_its_article_body(seeded_db):
    for table, column in (("fact_actor_mentions", "surface"), ("fact_figures", "text"),
                          ("fact_events", "trigger"), ("dim_sentences", "text")):
        bad = scalar(seeded_db, f"""
            select count(*) from {table} f join dim_articles a using (article_id)
            where substring(a.body, f.char_start + 1, f.char_end - f.char_start) <> f.{column}""")
        assert bad == 0, table
    orphans = scalar(seeded_db, """
        select count(*) from bridge_event_actors b
        where b.actor_id not in (select actor_id from dim_actors)
           or b.event_id not in (select event_id from fact_events)""")
    assert orphans == 0


def test_rerun_is_a_no_op(seeded_copy):
    from newsledger_flows.load import load_flow

    before = table_checksums(seeded_copy)
    summary = load_flow(paths=[str(ROOT / "seeds")], db=str(seeded_copy))
    assert summary["status"] == "succeeded"
    assert (summary["inputs_new"], summary["inputs_changed"], summary["inputs_skipped"]) == (0, 0, 5)
    assert table_checksums(seeded_copy) == before
    assert rows(seeded_copy, "select inputs_new, inputs_skipped from load_runs order by started_at") \
        == [(5, 0), (0, 5)]


UNCHANGED_RERUN = """
import sys
from newsledger.cli import main
code = main(["run", *sys.argv[1:]])
import newsledger.extract.nlp as nlp
print("exit", code, "model", nlp._nlp is not None or "spacy" in sys.modules,
      "gx", "great_expectations" in sys.modules)
"""


def test_an_unchanged_rerun_loads_no_model_and_no_suite(seeded_copy, prefect_server):
    """`newsledger run` on what the warehouse already holds, in a process of its own: the
    run is recorded, and neither the model nor Great Expectations is loaded."""
    proc = subprocess.run([sys.executable, "-c", UNCHANGED_RERUN, str(ROOT / "seeds"), "--db",
                           str(seeded_copy), "--workers", "1"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().endswith("exit 0 model False gx False"), proc.stdout[-1500:]
    assert rows(seeded_copy, "select status, inputs_skipped from load_runs order by started_at")[-1] \
        == ("succeeded", 5)


def test_changed_file_replaces_its_rows_and_removed_file_stays(prefect_server, tmp_path):
    from newsledger_flows.load import load_flow

    folder = tmp_path / "in"
    folder.mkdir()
    for p in SEEDS[:2]:
        shutil.copy(p, folder / p.name)
    db = tmp_path / "w.duckdb"
    assert load_flow(paths=[str(folder)], db=str(db))["status"] == "succeeded"
    changed = folder / SEEDS[0].name
    changed.write_text(changed.read_text(encoding="utf-8")
                       + "\nLe Japon a annoncé une aide de 300 millions de dollars.\n", encoding="utf-8")
    (folder / SEEDS[1].name).unlink()
    summary = load_flow(paths=[str(folder)], db=str(db))
    assert summary["status"] == "succeeded"
    assert (summary["inputs_new"], summary["inputs_changed"]) == (0, 1)
    assert scalar(db, "select count(*) from dim_articles") == 2          # removed file kept
    body = scalar(db, "select body from dim_articles where source like ?", [f"%{SEEDS[0].name}"])
    assert body.endswith("300 millions de dollars.")
    # one copy of each fact: nothing left over from the first version
    assert scalar(db, "select count(*) - count(distinct (article_id, char_start, char_end)) "
                      "from fact_actor_mentions") == 0
    assert scalar(db, "select count(*) from fact_figures where value = 3e8 and currency = 'USD'") == 1


def _corrupt(kind):
    """Wrap the real extraction so every article gets one bad figure."""
    from newsledger.extract import article
    from newsledger.records import Figure

    real = article.extract_from_doc

    def extract(doc, published_at=None, text=None):
        facts = real(doc, published_at, text)
        if kind == "range":
            facts.figures.append(Figure("x", 500.0, 200.0, "obus", None, "range", 0, 0, 1))
        else:
            n = len(doc.text)
            facts.figures.append(Figure("x", 1.0, None, "obus", None, "exact", 0, n + 5, n + 6))
        return facts
    return extract


@pytest.mark.parametrize("kind, failing", [("range", "range_ordered"),
                                           ("offset", "offsets_inside_body")])
def test_corrupted_batch_is_rejected_and_nothing_published(seeded_copy, monkeypatch, kind, failing,
                                                           tmp_path, run_cli):
    from newsledger.extract import article

    extra = tmp_path / "new"
    extra.mkdir()
    (extra / "nouveau.txt").write_text(
        "Un titre\n\nLa Russie a livré 200 obus à la Corée du Nord selon le ministère.\n"
        "Le Conseil de sécurité de l'ONU a condamné ces livraisons.\n", encoding="utf-8")
    before = table_checksums(seeded_copy)
    monkeypatch.setattr(article, "extract_from_doc", _corrupt(kind))
    code, out, _ = run_cli("run", extra, "--db", seeded_copy, "--workers", "1")   # the fault is in this process
    assert code == 1
    assert "REJECTED" in out and failing in out
    assert table_checksums(seeded_copy) == before
    status, failed = rows(seeded_copy, "select status, expectations_failed from load_runs "
                                       "order by started_at desc limit 1")[0]
    assert status == "rejected" and failed >= 1
    assert scalar(seeded_copy, "select count(*) from quarantine_figures "
                               "where failed_expectations like ?", [f"%{failing}%"]) >= 1
    assert scalar(seeded_copy, "select count(*) from stg_figures") == 0
    report = Path(rows(seeded_copy, "select report_path from load_runs order by started_at desc limit 1")[0][0])
    assert failing in report.read_text(encoding="utf-8")


def test_cli_exit_codes(seeded_db, run_cli, tmp_path):
    assert run_cli("query", "select 1", "--db", seeded_db)[0] == 0
    assert run_cli("query", "select * from no_such_table", "--db", seeded_db)[0] == 1
    assert run_cli("query", "--db", seeded_db)[0] == 2                       # neither SQL nor --file
    assert run_cli("query", "--file", tmp_path / "missing.sql", "--db", seeded_db)[0] == 2
    with pytest.raises(SystemExit) as exc:
        run_cli("run", "--no-such-option")
    assert exc.value.code == 2
    assert run_cli("status", "--db", tmp_path / "absent.duckdb")[0] == 1
    code, out, _ = run_cli("status", "--db", seeded_db)
    assert code == 0 and "succeeded" in out


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_every_analyst_query_runs(seeded_db, run_cli, query):
    code, out, err = run_cli("query", "--file", query, "--param", "actor=Corée du Nord",
                             "--format", "json", "--db", seeded_db)
    assert code == 0, err
    import json
    assert isinstance(json.loads(out), list)


def test_top_actors_lists_the_seed_countries(seeded_db, run_cli):
    code, out, _ = run_cli("query", "--file", ROOT / "sql/queries/top_actors.sql",
                           "--format", "csv", "--db", seeded_db)
    assert code == 0
    top = {line.split(",")[0] for line in out.splitlines()[1:11]}
    assert {"Corée du Nord", "Russie"} <= top


def test_duckdb_cli_opens_the_warehouse(seeded_copy):
    cli = Path(sys.executable).with_name("duckdb")
    assert cli.exists(), "duckdb-cli is a test dependency"
    sql = (ROOT / "sql/queries/top_actors.sql").read_text(encoding="utf-8")
    done = subprocess.run([str(cli), "-readonly", "-csv", str(seeded_copy), "-c", sql],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Corée du Nord" in done.stdout
    version = subprocess.run([str(cli), "-version"], capture_output=True, text=True).stdout
    assert version.startswith("v1.5"), version   # an older client than the writer
