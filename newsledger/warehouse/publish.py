"""Publish a validated run in one transaction (all of it, or all but the articles validation
quarantined), or quarantine a rejected one whole."""
from __future__ import annotations

import json
from collections.abc import Callable

from newsledger.warehouse.db import run_folder, run_statements, transaction
from newsledger.warehouse.happenings import code_and_link
from newsledger.warehouse.partial import quarantine_articles
from newsledger.warehouse.sqlfiles import read_sql


STAGED_COUNTS = ("articles", "actors", "mentions", "figures", "events")   # runs/staged_counts.sql's columns
PUBLISHED_COUNTS = STAGED_COUNTS + ("happenings_linked",)                 # what publish() returns


def staged_counts(con, run_id: str) -> dict[str, int]:
    row = con.execute(read_sql("runs/staged_counts.sql"), {"run_id": run_id}).fetchall()[0]
    return dict(zip(STAGED_COUNTS, row))


def _release_quarantine(con, retry_of: str | None) -> None:
    """A retried batch leaves quarantine in the same transaction that publishes it or
    quarantines it again under the new run: its rows are never lost in between."""
    if retry_of:
        run_folder(con, "retry/release", {"run_id": retry_of})


class PublishCheckFailed(RuntimeError):
    """The published tables derived in the transaction (happenings) failed their checks: the
    transaction is rolled back."""


def publish(con, run_id: str, retry_of: str | None = None,
            quarantined: dict[str, list[str]] | None = None,
            check: Callable[[object], list[str]] | None = None,
            on_linked: Callable[[dict], None] | None = None) -> dict[str, int]:
    """Merge the run's staging rows into the published tables, atomically. The articles in
    `quarantined` (article_id -> failed expectations) go to quarantine_* instead, in the same
    transaction; the counts are those of what was published. Events are coded and linked
    into happenings in the same transaction; `check(con)` then names the failed checks of
    what it derived (expectations/published/, when anything was published or merged), and
    any failure rolls everything back;
    `on_linked` gets what linking did (events linked, merges, seconds)."""
    with transaction(con):
        _release_quarantine(con, retry_of)
        quarantine_articles(con, run_id, quarantined or {})
        counts = staged_counts(con, run_id)
        run_folder(con, "publish", {"run_id": run_id})
        linked = code_and_link(con)
        counts["happenings_linked"] = linked["linked"]
        if on_linked:
            on_linked(linked)
        # an unchanged rerun publishes nothing and links nothing: no check, no suite to load
        changed = any(counts.values()) or linked.get("merged")
        failed = check(con) if check and changed else []
        if failed:
            raise PublishCheckFailed("published happenings failed " + ", ".join(failed))
    return counts


def type_conflicts(con, run_id: str) -> list[tuple[str, str, dict]]:
    """(name, chosen type, articles by type) of each actor the run found typed two ways."""
    return con.execute(read_sql("runs/type_conflicts.sql"), {"run_id": run_id}).fetchall()


def quarantine(con, run_id: str, failed: list[str], retry_of: str | None = None) -> None:
    """Keep the rejected batch in quarantine_* with the names of the failed expectations."""
    with transaction(con):
        _release_quarantine(con, retry_of)
        run_folder(con, "quarantine", {"run_id": run_id, "failed": json.dumps(failed)})
        run_statements(con, read_sql("publish/05_clear_staging.sql"), {"run_id": run_id})


def quarantined_articles(con, run_id: str) -> list[dict]:
    """The articles the run keeps in quarantine: article_id, source, failed (a list)."""
    rows = con.execute(read_sql("partial/quarantined.sql"), {"run_id": run_id}).fetchall()
    return [{"article_id": a, "source": s, "failed": json.loads(f or "[]")} for a, s, f in rows]
