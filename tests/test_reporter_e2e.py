"""The article's reporter in the warehouse: a load with the real DuckDB, Prefect and Great
Expectations marks the mention of the agency the article's speakers address
(fact_actor_mentions.reporter), and the top-actors queries leave it out."""
from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse_checks import rows

ROOT = Path(__file__).resolve().parents[1]

# invented for this test
ARTICLE = """Le Japon condamne un nouveau tir de missile

Le Japon a condamné mardi le tir d'un missile balistique par la Corée du Nord, a déclaré à l'AFP
un porte-parole du gouvernement japonais. Tokyo a convoqué l'ambassadeur de Chine.
"""


def test_credited_agency_is_published_as_the_reporter(prefect_server, tmp_path):
    from newsledger_flows.load import load_flow

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "japon.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    summary = load_flow(paths=[str(folder)], db=str(db), show_progress=False)
    assert summary["status"] == "succeeded", summary
    marks = rows(db, """select a.canonical_name, m.reporter from fact_actor_mentions m
                        join dim_actors a using (actor_id) order by m.char_start""")
    assert ("AFP", True) in marks
    assert all(reporter is False for name, reporter in marks if name != "AFP"), marks
    con = duckdb.connect(str(db), read_only=True)
    try:
        for query in ("sql/queries/top_actors.sql", "sql/report/top_actors.sql"):
            names = {r[0] for r in con.execute((ROOT / query).read_text(encoding="utf-8")).fetchall()}
            assert "Japon" in names and "AFP" not in names, (query, names)
    finally:
        con.close()


def test_a_warehouse_of_before_the_mark_gains_the_column(tmp_path):
    from newsledger.warehouse.db import ensure_schema

    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    try:
        ensure_schema(con)
        for table in ("fact_actor_mentions", "stg_actor_mentions", "quarantine_actor_mentions"):
            con.execute(f"alter table {table} drop column reporter")
        ensure_schema(con)
        for table in ("fact_actor_mentions", "stg_actor_mentions", "quarantine_actor_mentions"):
            columns = {r[0] for r in con.execute(f"describe {table}").fetchall()}
            assert "reporter" in columns, table
    finally:
        con.close()
