"""Compare the actors of two extractions of the judged audit articles, row by row.

    .venv/bin/python scripts/audit_replay.py --dump /tmp/before.json   (on the old code)
    .venv/bin/python scripts/audit_replay.py --dump /tmp/after.json    (on the new code)
    .venv/bin/python scripts/audit_actors.py /tmp/before.json /tmp/after.json [--all]

For every judged row of docs/audit/events_precision*.tsv found in both dumps (matched on
corpus id, offsets and type), prints the rows whose actors or roles changed, with the verdict
and the reason (ids, triggers and actor names only, no article text), and counts them by
verdict: a judged-wrong row whose wrong actors left is still wrong in audit_replay.py's count
as long as it is produced, so this shows the changes that count cannot. `--all` also lists
judged rows that one dump has and the other not.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from audit_replay import DEFAULT, read_judged


def events_by_key(path: Path) -> dict[tuple, dict[str, str]]:
    out = {}
    for cid, events in json.loads(path.read_text(encoding="utf-8")).items():
        for start, end, etype, actors in events:
            out[(cid, start, end, etype)] = dict(actors)
    return out


def show(actors: dict[str, str] | None) -> str:
    return "(dropped)" if actors is None else "; ".join(f"{n}:{r}" for n, r in actors.items()) or "(none)"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    old, new = events_by_key(args.before), events_by_key(args.after)
    counts = Counter()
    for path in args.files:
        for r in read_judged(path):
            key = (r["corpus_id"], int(r["char_start"]), int(r["char_end"]), r["event_type"])
            a, b = old.get(key), new.get(key)
            if a is None and b is None:
                continue
            if a == b:
                continue
            change = "dropped" if b is None else "added" if a is None else "actors"
            counts[(r["verdict"], change)] += 1
            if change == "actors" or args.all:
                print(f"{r['verdict']:5} {change:7} {path.stem[17:] or '29'} {r['corpus_id']} "
                      f"{r['event_type']} [{r['trigger']}]\n        before: {show(a)}\n"
                      f"        after:  {show(b)}\n        reason: {r['reason']}")
    for (verdict, change), n in sorted(counts.items()):
        print(f"{verdict} rows {change}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
