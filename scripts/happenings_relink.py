"""Relink a whole warehouse with the linking rule as it stands (sql/happenings/rule.sql):
forget every event's happening, link all scored events again in one transaction, rebuild
fact_happenings, and print the counts and the time linking took. For measuring a change of
the rule on a copy of a warehouse (the happenings ids of the copy change; the facts do not).

    cp WAREHOUSE /tmp/copy.duckdb
    .venv/bin/python scripts/happenings_relink.py --db /tmp/copy.duckdb
    .venv/bin/python scripts/happenings_relink.py --db /tmp/copy.duckdb --param min_actor_share=0.3
    .venv/bin/python scripts/happenings_relink.py --db /tmp/copy.duckdb --rule /tmp/rule_draft.sql

--param NAME=VALUE (repeatable) sets one parameter of the rule's `params` CTE for this relink
only (VALUE is SQL: 0.3, 2, ['statement']); --rule FILE relinks with another text of the rule.
Neither changes sql/happenings/rule.sql: they measure a change before it is made.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from newsledger.warehouse import db as wdb
from newsledger.warehouse.happenings import link_happenings
from newsledger.warehouse.sqlfiles import read_sql


def with_params(rule: str, params: list[str]) -> str:
    """The rule's text with NAME=VALUE settings in place of its `params` CTE's values."""
    for setting in params:
        name, sep, value = setting.partition("=")
        if not sep or not re.fullmatch(r"[a-z_]+", name):
            raise SystemExit(f"--param {setting!r}: expected NAME=VALUE")
        rule, found = re.subn(rf"^(\s+)\S.*? as {name}\b", lambda m: f"{m.group(1)}{value} as {name}",
                              rule, count=1, flags=re.M)
        if not found:
            raise SystemExit(f"--param {name}: no such parameter in the rule's params CTE")
    return rule


def relink(db: str, rule: str | None = None) -> dict:
    con = wdb.connect(db)
    try:
        con.execute("begin")
        con.execute("update fact_events set happening_id = null")
        done = link_happenings(con, rule)
        con.execute("commit")
        done["happenings"], done["with_2_reports"] = con.execute(
            "select count(*), count(*) filter (where n_reports >= 2) from fact_happenings").fetchone()
    finally:
        con.close()
    return done


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="a copy of a warehouse (rewritten)")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a parameter of the rule's params CTE, for this relink only (repeatable)")
    p.add_argument("--rule", type=Path, help="another text of the rule (default sql/happenings/rule.sql)")
    args = p.parse_args(argv)
    rule = args.rule.read_text(encoding="utf-8") if args.rule else read_sql("happenings/rule.sql")
    done = relink(args.db, with_params(rule, args.param) if args.param or args.rule else None)
    print(f"{done['pairs']} links of the rule, {done['linked']} events linked into "
          f"{done['happenings']} happenings ({done['with_2_reports']} with >= 2 reports) "
          f"in {done['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
