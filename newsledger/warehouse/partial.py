"""A batch published in part: the articles validation blamed leave staging for quarantine.

`quarantine_articles` runs inside the publish transaction, before the merge into the
published tables, so the rest of the batch publishes without them and nothing is lost in
between: each picked article keeps all its staged rows (articles, sentences, mentions,
events, figures, event actors) in `quarantine_*`, with the expectations it failed. A staged
copy of a picked article (duplicate_of) goes with it. SQL in sql/partial/.
"""
from __future__ import annotations

import json

import pyarrow as pa

from newsledger.warehouse.sqlfiles import read_sql, statements

# the staged tables with an article_id column, moved by sql/partial/keep_rows.sql
ARTICLE_TABLES = ("articles", "sentences", "actor_mentions", "events", "figures")


def _run(con, sql: str, run_id: str) -> None:
    for stmt in statements(sql):
        con.execute(stmt, {"run_id": run_id})


def quarantine_articles(con, run_id: str, failed: dict[str, list[str]]) -> int:
    """Move the staged rows of the articles in `failed` (article_id -> failed expectations)
    to quarantine_*; returns how many articles left staging (copies included)."""
    if not failed:
        return 0
    picks = pa.table({"run_id": [run_id] * len(failed), "article_id": list(failed),
                      "failed_expectations": [json.dumps(v) for v in failed.values()]})
    con.register("quarantine_picks_batch", picks)
    try:
        con.execute(read_sql("partial/add_picks.sql"))
    finally:
        con.unregister("quarantine_picks_batch")
    staged = read_sql("runs/staged_articles.sql")
    before = con.execute(staged, {"run_id": run_id}).fetchone()[0]
    _run(con, read_sql("partial/duplicates_follow.sql"), run_id)
    for table in ARTICLE_TABLES:
        _run(con, read_sql("partial/keep_rows.sql").format(table=table), run_id)
    _run(con, read_sql("partial/keep_event_actors.sql"), run_id)
    _run(con, read_sql("partial/remove_from_staging.sql"), run_id)
    return before - con.execute(staged, {"run_id": run_id}).fetchone()[0]
