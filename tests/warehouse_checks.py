"""Helpers for tests that compare warehouse contents."""
from __future__ import annotations

from pathlib import Path

import duckdb

PUBLISHED = ("dim_articles", "dim_sentences", "dim_actors", "fact_actor_mentions",
             "fact_events", "fact_figures", "bridge_event_actors")


def table_checksums(db: str | Path, tables=PUBLISHED) -> dict[str, tuple[int, str]]:
    """(row count, md5 of all rows in a fixed order) per table."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in tables:
            out[t] = tuple(con.execute(
                f"select count(*), coalesce(md5(string_agg(cast(x as varchar), '|' order by cast(x as varchar))), '') "
                f"from (select * from {t}) as x").fetchall()[0])
        return out
    finally:
        con.close()


def scalar(db: str | Path, sql: str, params=None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()[0][0]
    finally:
        con.close()


def rows(db: str | Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
