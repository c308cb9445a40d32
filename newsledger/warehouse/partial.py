"""A batch published in part: the articles validation blamed leave staging for quarantine.

`quarantine_articles` runs inside the publish transaction, before the merge into the
published tables, so the rest of the batch publishes without them and nothing is lost in
between: each picked article keeps all its staged rows (articles, sentences, mentions,
events, figures, event actors) in `quarantine_*`, with the expectations it failed. A staged
copy of a picked article (duplicate_of) goes with it.
"""
from __future__ import annotations

import json

import pyarrow as pa

from newsledger.warehouse.db import run_folder
from newsledger.warehouse.sqlfiles import read_sql


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
    run_folder(con, "partial/move", {"run_id": run_id})
    return before - con.execute(staged, {"run_id": run_id}).fetchone()[0]
