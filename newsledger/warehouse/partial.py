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

from newsledger.warehouse.db import run_statements
from newsledger.warehouse.sqlfiles import read_sql

# the staged tables with an article_id column, moved by sql/partial/keep_rows.sql
ARTICLE_TABLES = ("articles", "sentences", "actor_mentions", "events", "figures")


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
    params = {"run_id": run_id}
    staged = read_sql("runs/staged_articles.sql")
    before = con.execute(staged, params).fetchone()[0]
    run_statements(con, read_sql("partial/duplicates_follow.sql"), params)
    for table in ARTICLE_TABLES:
        run_statements(con, read_sql("partial/keep_rows.sql").format(table=table), params)
    run_statements(con, read_sql("partial/keep_event_actors.sql"), params)
    run_statements(con, read_sql("partial/remove_from_staging.sql"), params)
    return before - con.execute(staged, params).fetchone()[0]
