"""Precision audit of happenings: print a seeded random sample of happenings with at least two
reports, each report with its sentence, for a person to judge whether all reports tell the
same occurrence (eval/GUIDELINES.md). Verdicts go to docs/audits/happenings_precision.csv
(ids and verdicts only, no article text); `--score` reads that file back and prints the
precision.

    .venv/bin/python scripts/happenings_audit.py --db /tmp/h.duckdb --n 100 > /tmp/audit.txt
    .venv/bin/python scripts/happenings_audit.py --score docs/audits/happenings_precision.csv
"""
from __future__ import annotations

import argparse
import csv
import sys
from itertools import groupby

from newsledger.warehouse import db as wdb
from newsledger.warehouse.sqlfiles import read_sql


def sample(db: str, n: int, seed: str) -> None:
    con = wdb.connect(db, read_only=True)
    cur = con.execute(read_sql("audit/happenings_sample.sql"), {"n": n, "seed": seed})
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    for i, (hid, reports) in enumerate(groupby(rows, key=lambda r: r["happening_id"]), 1):
        reports = list(reports)
        head = reports[0]
        print(f"=== {i} {hid} {head['event_type']} {head['statement_kind'] or ''} ({len(reports)} reports)")
        for r in reports:
            print(f"  - {r['event_id']} {r['reported_at']} date={r['event_date']}/{r['date_precision']} "
                  f"loc={r['location']} trigger={r['trigger']!r}\n    {r['sentence']}\n    [{r['title']}]")


def score(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        verdicts = [row["verdict"] for row in csv.DictReader(fh)]
    same = verdicts.count("same")
    print(f"{len(verdicts)} happenings judged: {same} same occurrence, "
          f"{len(verdicts) - same} mixed; precision {same / max(len(verdicts), 1):.3f}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db")
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--seed", default="20")
    p.add_argument("--score", metavar="CSV")
    args = p.parse_args(argv)
    if args.score:
        score(args.score)
    elif args.db:
        sample(args.db, args.n, args.seed)
    else:
        p.error("give --db or --score")
    return 0


if __name__ == "__main__":
    sys.exit(main())
