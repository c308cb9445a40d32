"""What a change of the linking rule adds: the happenings of NEW (two reports or more) that put
together two events OLD keeps apart (new happenings, or grown ones), counted, and a seeded
random draw of them printed with their reports for a person to judge against
eval/GUIDELINES.md. OLD and NEW are two relinked copies of one warehouse (same events):

    cp WAREHOUSE /tmp/old.duckdb; cp WAREHOUSE /tmp/new.duckdb
    .venv/bin/python scripts/happenings_relink.py --db /tmp/old.duckdb   # with the old rule
    .venv/bin/python scripts/happenings_relink.py --db /tmp/new.duckdb   # with the new rule
    .venv/bin/python scripts/happenings_new.py --old /tmp/old.duckdb --new /tmp/new.duckdb --n 40 --seed S

Each report is printed with the happening OLD gave it (its first six characters), so the
reports a change joined are seen at once. Both warehouses are opened read-only.
"""
from __future__ import annotations

import argparse
import hashlib
import sys

from newsledger.warehouse import db as wdb

REPORTS = """
select e.event_id, e.event_type, e.statement_kind, e.trigger, e.event_date, e.date_precision,
       e.location, cast(a.published_at as date), a.title, s.text
from fact_events as e
inner join dim_articles as a using (article_id)
inner join dim_sentences as s using (article_id, sentence_index)
where e.happening_id = ?
order by a.published_at, e.event_id
"""

ACTORS = """
select b.role || ':' || d.canonical_name
from bridge_event_actors as b inner join dim_actors as d using (actor_id)
where b.event_id = ? order by 1
"""


def happenings(con) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for event_id, happening_id in con.execute(
            "select event_id, happening_id from fact_events where happening_id is not null").fetchall():
        groups.setdefault(happening_id, []).append(event_id)
    return groups


def new_or_grown(old: dict[str, list[str]], new: dict[str, list[str]]) -> list[str]:
    """The happenings of `new` with two reports or more whose events `old` spreads over more
    than one happening (an event `old` left unlinked counts as a happening of its own)."""
    of = {e: h for h, events in old.items() for e in events}
    return sorted(h for h, events in new.items()
                  if len(events) >= 2 and len({of.get(e, "e:" + e) for e in events}) > 1)


def draw(ids: list[str], n: int, seed: str) -> list[str]:
    """`n` of `ids` in a seeded hash order (the same seed draws the same ones)."""
    return sorted(ids, key=lambda h: hashlib.sha1((h + seed).encode()).hexdigest())[:n]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--old", required=True)
    p.add_argument("--new", required=True)
    p.add_argument("--n", type=int, default=0, help="happenings to draw and print (0: count only)")
    p.add_argument("--seed", default="1")
    args = p.parse_args(argv)
    old_con, new_con = wdb.connect(args.old, read_only=True), wdb.connect(args.new, read_only=True)
    try:
        old = happenings(old_con)
        changed = new_or_grown(old, happenings(new_con))
        print(f"{len(changed)} happenings with >= 2 reports join events the old linking keeps apart")
        of = {e: h for h, events in old.items() for e in events}
        for i, h in enumerate(draw(changed, args.n, args.seed), 1):
            rows = new_con.execute(REPORTS, [h]).fetchall()
            print(f"=== {i} {h} {rows[0][1]} {rows[0][2] or ''} ({len(rows)} reports)")
            for (event_id, _, _, trigger, day, precision, place, published, title, text) in rows:
                actors = [a for (a,) in new_con.execute(ACTORS, [event_id]).fetchall()]
                print(f"  - [{(of.get(event_id) or '-')[:6]}] {event_id} published={published} "
                      f"date={day}/{precision} place={place} trigger={trigger!r} actors={actors}")
                print(f"    title: {title}")
                print(f"    {' '.join(text.split())}")
    finally:
        old_con.close()
        new_con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
