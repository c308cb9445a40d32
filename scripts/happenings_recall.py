"""Recall check of happenings: of the pairs of event mentions that a person found to tell the
same real-world occurrence (docs/audits/happenings_recall.csv: locators and a note in our own
words, no article text), how many did the linking put in one happening? Prints linked/total, the
split per event type, and for each pair kept apart what the rule looked at.

Each mention of the file is a locator that does not depend on the path the dump was loaded
from: the corpus record id (`record_a`: the part of dim_articles.source after '#'), the
trigger's offsets in the article (`char_start_a`, `char_end_a`) and the pair's `event_type`.
The script finds the event of each locator in the warehouse it is given and reports every
locator it cannot find (absent, or ambiguous when the record was loaded under two paths); the
pairs it cannot resolve are left out of the count and the exit status is 1. The columns
`audit_event_id_a`, `audit_event_id_b` are the event ids of the load the pairs were chosen in,
for information only: they hash the dump path as typed, so they are not read.

    .venv/bin/python scripts/happenings_recall.py --db WAREHOUSE
    .venv/bin/python scripts/happenings_recall.py --db WAREHOUSE --explain
    .venv/bin/python scripts/happenings_recall.py --db WAREHOUSE --half A
    .venv/bin/python scripts/happenings_recall.py --db WAREHOUSE --candidates > /tmp/pairs.txt

--explain also tells, for each pair kept apart, whether the rule's pair conditions link the two
mentions (then the clustering kept them apart: average linkage or the span of a happening) or
not (then one pair condition failed). It works on a scratch copy of the warehouse, never on it.

--half A keeps the pairs of the even data rows of the file (first, third, ...), --half B the
odd ones: the rule is tuned on half A only, and half B tells how far that carries.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from newsledger.warehouse import db as wdb
from newsledger.warehouse.happenings import rule_links
from newsledger.warehouse.sqlfiles import read_sql

TOLD_AGAIN = 0.6  # sentence overlap from which a pair reads as one dispatch told again
DEFAULT_CSV = Path(__file__).resolve().parent.parent / "docs" / "audits" / "happenings_recall.csv"


def read_pairs(path: Path, half: str | None = None) -> list[dict]:
    """The pairs of the file; with half "A" those of its even data rows (0, 2, ...), "B" the odd."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return rows if half is None else [r for i, r in enumerate(rows) if i % 2 == "AB".index(half)]


def locator(pair: dict, side: str) -> str:
    """A mention of the file as a short string: RECORD@START-END."""
    return f"{pair['record_' + side]}@{pair['char_start_' + side]}-{pair['char_end_' + side]}"


def resolve(con, pairs: list[dict]) -> tuple[list[dict], list[str]]:
    """The pairs with event_id_a and event_id_b found from their locators (those whose two
    locators each name exactly one event), and a line for every locator that does not."""
    sides = [(p, side) for p in pairs for side in "ab"]
    rows = con.execute(read_sql("audit/happenings_recall_locate.sql"), {
        "records": [p["record_" + side] for p, side in sides],
        "char_starts": [int(p["char_start_" + side]) for p, side in sides],
        "char_ends": [int(p["char_end_" + side]) for p, side in sides],
        "event_types": [p["event_type"] for p, side in sides],
    }).fetchall()
    found: dict[int, list[tuple[str, str]]] = {}
    for index, event_id, source in rows:
        found.setdefault(index - 1, []).append((event_id, source))
    resolved, problems = [], []
    for i, pair in enumerate(pairs):
        ids = {}
        for j, side in enumerate("ab"):
            hits = found.get(2 * i + j, [])
            where = f"{locator(pair, side)} {pair['event_type']}"
            if not hits:
                problems.append(f"{where}: no such event in this warehouse")
            elif len(hits) > 1:
                problems.append(f"{where}: {len(hits)} events ({', '.join(src for _, src in hits)})")
            else:
                ids[side] = hits[0][0]
        if len(ids) == 2:
            resolved.append({**pair, "event_id_a": ids["a"], "event_id_b": ids["b"]})
    return resolved, problems


def pair_links(db: str, pairs: list[dict]) -> set[tuple[str, str]]:
    """The pairs that the rule's pair conditions link, computed on a scratch copy of db."""
    ids = sorted({p["event_id_a"] for p in pairs} | {p["event_id_b"] for p in pairs})
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "scratch.duckdb"
        shutil.copyfile(db, copy)
        con = wdb.connect(copy)
        try:
            con.execute(read_sql("audit/happenings_recall_unlink.sql"), {"ids": ids})
            links = rule_links(con)
        finally:
            con.close()
    return {tuple(sorted(link[:2])) for link in links}


def check(db: str, path: Path, explain: bool, half: str | None = None) -> int:
    listed = read_pairs(path, half)
    con = wdb.connect(db, read_only=True)
    pairs, problems = resolve(con, listed)
    if problems:
        print(f"{len(problems)} locators not resolved in this warehouse; "
              f"{len(listed) - len(pairs)} of {len(listed)} pairs left out:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
    cur = con.execute(read_sql("audit/happenings_recall.sql"), {
        "event_id_a": [p["event_id_a"] for p in pairs],
        "event_id_b": [p["event_id_b"] for p in pairs],
    })
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    con.close()
    if len(rows) != len(pairs):
        found = {(r["event_id_a"], r["event_id_b"]) for r in rows}
        missing = [p for p in pairs if (p["event_id_a"], p["event_id_b"]) not in found]
        print(f"{len(missing)} pairs name events absent from this warehouse:", file=sys.stderr)
        for p in missing:
            print(f"  {p['event_id_a']} {p['event_id_b']}", file=sys.stderr)
    links = pair_links(db, pairs) if explain and pairs else set()
    where = {(p["event_id_a"], p["event_id_b"]): f"{locator(p, 'a')} {locator(p, 'b')}" for p in pairs}

    linked = sum(r["linked"] for r in rows)
    print(f"{linked}/{len(rows)} pairs linked into one happening: recall {linked / max(len(rows), 1):.2f}"
          + (f" ({len(listed) - len(rows)} of the {len(listed)} pairs of the file not resolved)"
             if len(rows) != len(listed) else ""))
    total, hits = Counter(r["event_type"] for r in rows), Counter(r["event_type"] for r in rows if r["linked"])
    for event_type in sorted(total):
        print(f"  {event_type:<18} {hits[event_type]}/{total[event_type]}")
    told_again = [r for r in rows if r["sentence_overlap"] >= TOLD_AGAIN]
    retold = [r for r in rows if r["sentence_overlap"] < TOLD_AGAIN]
    print(f"  a dispatch told again (sentences share >= {TOLD_AGAIN} of their words): "
          f"{sum(r['linked'] for r in told_again)}/{len(told_again)}; "
          f"told in other words: {sum(r['linked'] for r in retold)}/{len(retold)}")
    missed = [r for r in rows if not r["linked"]]
    if missed:
        print("\npairs kept apart:")
    for r in missed:
        print(f"- {where[(r['event_id_a'], r['event_id_b'])]} {r['event_type']} "
              f"(events {r['event_id_a']} {r['event_id_b']})")
        if explain:
            verdict = ("the rule links the pair; the clustering kept it apart"
                       if tuple(sorted((r["event_id_a"], r["event_id_b"]))) in links
                       else "the rule's pair conditions do not link it")
            print(f"    {verdict}")
        print(f"    kinds {r['kind_a']!r}/{r['kind_b']!r} triggers {r['trigger_a']!r}/{r['trigger_b']!r}")
        print(f"    dates {r['date_a']}/{r['precision_a']} and {r['date_b']}/{r['precision_b']}, "
              f"published {r['published_a']} and {r['published_b']}; "
              f"places {r['location_a']!r}/{r['location_b']!r}")
        print(f"    actors {r['shared_actors']} shared of {r['all_actors']} (the smaller set {r['fewer_actors']}), "
              f"sources agree {r['sources_agree']}, "
              f"targets agree {r['targets_agree']}; raw word overlap {r['sentence_overlap']}")
    return 1 if problems else 0


def candidates(db: str, days: int, per_type: int, seed: str) -> int:
    """Print candidate pairs (sql/audit/happenings_recall_candidates.sql) for a person to read,
    each mention with its locator (RECORD@START-END) for the pairs file; happening_id is not
    shown, so that the choice of pairs does not depend on the linking."""
    con = wdb.connect(db, read_only=True)
    cur = con.execute(read_sql("audit/happenings_recall_candidates.sql"),
                      {"days": days, "per_type": per_type, "seed": seed})
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        r = dict(zip(names, row))
        if r["side"] == "a":
            print(f"\n=== {r['event_type']} #{r['rank']} found by {r['found_by']}")
        print(f" {r['side']} {r['record']}@{r['char_start']}-{r['char_end']} (event {r['event_id']}) "
              f"published {r['published']} date {r['event_date']}/{r['date_precision']} "
              f"place {r['location']!r} trigger {r['trigger']!r}\n   title: {r['title']}\n"
              f"   actors: {r['actors']}\n   sentence: {r['sentence']}")
    con.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="the warehouse (opened read-only)")
    p.add_argument("--candidates", action="store_true",
                   help="print candidate pairs to read instead of checking the pairs file")
    p.add_argument("--days", type=int, default=3, help="candidates: publication days apart at most")
    p.add_argument("--per-type", type=int, default=10, help="candidates: pairs per event type")
    p.add_argument("--seed", default="20", help="candidates: seed of the hash order")
    p.add_argument("--pairs", type=Path, default=DEFAULT_CSV)
    p.add_argument("--half", choices=["A", "B"],
                   help="only the pairs of the even (A) or odd (B) data rows of the file")
    p.add_argument("--explain", action="store_true",
                   help="also run the rule on a scratch copy to tell pair conditions from clustering")
    args = p.parse_args(argv)
    if args.candidates:
        return candidates(args.db, args.days, args.per_type, args.seed)
    return check(args.db, args.pairs, args.explain, args.half)


if __name__ == "__main__":
    sys.exit(main())
