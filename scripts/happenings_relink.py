"""Relink a whole warehouse with the linking rule as it stands (sql/happenings/rule.sql):
forget every event's happening, link all scored events again in one transaction, rebuild
fact_happenings, and print the counts and the time linking took. For measuring a change of
the rule on a copy of a warehouse (the happenings ids of the copy change; the facts do not).

    cp WAREHOUSE /tmp/copy.duckdb
    .venv/bin/python scripts/happenings_relink.py --db /tmp/copy.duckdb
"""
from __future__ import annotations

import argparse
import sys

from newsledger.warehouse import db as wdb
from newsledger.warehouse.happenings import link_happenings


def relink(db: str) -> dict:
    con = wdb.connect(db)
    try:
        con.execute("begin")
        con.execute("update fact_events set happening_id = null")
        done = link_happenings(con)
        con.execute("commit")
        done["happenings"], done["with_2_reports"] = con.execute(
            "select count(*), count(*) filter (where n_reports >= 2) from fact_happenings").fetchone()
    finally:
        con.close()
    return done


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="a copy of a warehouse (rewritten)")
    args = p.parse_args(argv)
    done = relink(args.db)
    print(f"{done['pairs']} links of the rule, {done['linked']} events linked into "
          f"{done['happenings']} happenings ({done['with_2_reports']} with >= 2 reports) "
          f"in {done['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
