"""Happenings and coding in the warehouse, run inside the publish transaction: code the new
events (sql/coding/), link the unlinked scored events into happenings (rule:
sql/happenings/rule.sql; components: newsledger.warehouse.linking), then rebuild
fact_happenings and bridge_happening_actors (sql/happenings/refresh.sql)."""
from __future__ import annotations

import logging
import time
from importlib.resources import as_file

import pyarrow as pa

from newsledger.resources import SQL_DIR
from newsledger.warehouse.db import run_statements
from newsledger.warehouse.linking import Link, link
from newsledger.warehouse.sqlfiles import read_sql


def load_coding(con) -> None:
    """dim_event_types, dim_statement_kinds and dim_trigger_steps from sql/coding/*.csv; code
    uncoded events."""
    with as_file(SQL_DIR / "coding" / "event_types.csv") as types, \
            as_file(SQL_DIR / "coding" / "statement_kinds.csv") as kinds, \
            as_file(SQL_DIR / "coding" / "trigger_steps.csv") as steps:
        text = read_sql("coding/load.sql").format(
            event_types=str(types).replace("'", "''"), statement_kinds=str(kinds).replace("'", "''"),
            trigger_steps=str(steps).replace("'", "''"))
        run_statements(con, text)


# Fresh events per query of the rule (sql/happenings/rule.sql): all types at once ran out of
# memory on the whole corpus (27,911 events), the largest type alone (statements, about 10,000
# there) did not; at 2,000 articles (about 6,000 events) every type goes in one query.
RULE_GROUP_EVENTS = 8_000


def type_groups(counts: list[tuple[str, int]], most: int = RULE_GROUP_EVENTS) -> list[list[str]]:
    """Event types, in their order, cut into groups of at most `most` fresh events (a type
    with more is a group of its own)."""
    groups: list[list[str]] = []
    size = 0
    for event_type, n in counts:
        if groups and size + n <= most:
            groups[-1].append(event_type)
            size += n
        else:
            groups.append([event_type])
            size = n
    return groups


def rule_links(con, rule: str | None = None) -> list[tuple]:
    """The links of sql/happenings/rule.sql (or of `rule`, another text of it: a measure of a
    change, scripts/happenings_relink.py) that concern an unlinked event, by groups of event
    types (links never cross types; see RULE_GROUP_EVENTS), in type order."""
    rule = rule or read_sql("happenings/rule.sql")
    counts = con.execute(read_sql("happenings/fresh_types.sql")).fetchall()
    return [row for types in type_groups(counts)
            for row in con.execute(rule, {"event_types": types}).fetchall()]


def link_happenings(con, rule: str | None = None) -> dict[str, float]:
    """Link every scored event without a happening; returns counts and the seconds it took.
    `rule`: the text of the rule when it is not sql/happenings/rule.sql's (see rule_links)."""
    started = time.perf_counter()
    fresh = [r[0] for r in con.execute(read_sql("happenings/fresh.sql")).fetchall()]
    pairs = [Link(*row) for row in rule_links(con, rule)] if fresh else []
    found = link(fresh, pairs)
    if found.links or found.merges:
        con.register("happening_links_batch", pa.table({
            "event_id": list(found.links), "happening_id": list(found.links.values())},
            schema=pa.schema([("event_id", pa.string()), ("happening_id", pa.string())])))
        con.register("happening_merges_batch", pa.table({
            "from_id": list(found.merges), "to_id": list(found.merges.values())},
            schema=pa.schema([("from_id", pa.string()), ("to_id", pa.string())])))
        try:
            run_statements(con, read_sql("happenings/apply.sql"))
        finally:
            con.unregister("happening_links_batch")
            con.unregister("happening_merges_batch")
    run_statements(con, read_sql("happenings/refresh.sql"))
    done = {"linked": len(found.links), "merged": len(found.merges), "pairs": len(pairs),
            "seconds": round(time.perf_counter() - started, 3)}
    logging.getLogger(__name__).info("happenings: %s", done)
    return done


def code_and_link(con) -> dict[str, float]:
    """Everything happenings need after the facts are published (same transaction)."""
    load_coding(con)
    return link_happenings(con)
