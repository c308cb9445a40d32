"""Replay a judged precision audit on the current extraction: which judged events does it still
produce, and which does it drop?

    .venv/bin/python scripts/audit_replay.py [docs/audit/events_precision*.tsv ...] [--show]

For every judged file given (default: every docs/audit/events_precision*.tsv), re-extracts the corpus
articles of its rows and matches each judged event by (corpus id, offsets, type). Prints, per
file, the judged events kept and dropped split by verdict, and the precision of the kept ones:
a rule change that drops "wrong" rows and keeps "ok" ones moves precision on a sample already
judged. That sample was read while writing the rules, so the number it gives flatters them:
measure on a fresh draw (scripts/audit_events.py with a new seed) before reporting precision.
`--show` lists the dropped rows (ids, trigger, verdict and reason; no article text);
`--kept-wrong` lists the judged-wrong rows extraction still produces.
`--dump FILE` writes today's events of the judged articles (offsets, type, actors with roles)
as JSON, for scripts/audit_actors.py to compare two extractions row by row.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpus/orangesum-monde-politique.jsonl.gz"
DEFAULT = sorted((ROOT / "docs/audit").glob("events_precision*.tsv"))


def read_judged(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r.get("verdict")]


def corpus_records(ids: set[str]) -> list[dict]:
    """The corpus records whose id is in `ids`, in corpus order."""
    records = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if str(r["id"]) in ids:
                records.append(r)
    return records


def current_events(ids: set[str], dump: Path | None = None) -> dict[str, set[tuple[int, int, str]]]:
    """corpus id -> (char_start, char_end, event_type) of what extraction finds today.
    `dump`: also write the events with their actors there (JSON)."""
    sys.path.insert(0, str(ROOT))
    from newsledger.extract.article import extract_texts

    records = corpus_records(ids)
    out: dict[str, set[tuple[int, int, str]]] = {}
    full: dict[str, list] = {}
    for r, facts in zip(records, extract_texts([(r["text"], r.get("published")) for r in records])):
        out[str(r["id"])] = {(e.char_start, e.char_end, e.event_type) for e in facts.events}
        full[str(r["id"])] = [[e.char_start, e.char_end, e.event_type,
                               [[a.canonical_name, a.role] for a in e.actors]] for e in facts.events]
    if dump is not None:
        dump.write_text(json.dumps(full, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--kept-wrong", action="store_true")
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args()
    judged = {p: read_judged(p) for p in args.files}
    found = current_events({r["corpus_id"] for rows in judged.values() for r in rows}, args.dump)
    for path, rows in judged.items():
        kept, dropped = Counter(), Counter()
        for r in rows:
            key = (int(r["char_start"]), int(r["char_end"]), r["event_type"])
            if key in found.get(r["corpus_id"], ()):
                kept[r["verdict"]] += 1
                if args.kept_wrong and r["verdict"] == "wrong":
                    print(f"  kept wrong {r['corpus_id']} {r['event_type']} [{r['trigger']}] "
                          f"{r['actors']} -- {r['reason']}")
            else:
                dropped[r["verdict"]] += 1
                if args.show:
                    print(f"  dropped {r['verdict']:5} {r['corpus_id']} {r['event_type']} "
                          f"[{r['trigger']}] {r['reason']}")
        n = sum(kept.values())
        precision = kept["ok"] / n if n else 0.0
        print(f"{path.name}: kept ok {kept['ok']}, kept wrong {kept['wrong']}, dropped ok "
              f"{dropped['ok']}, dropped wrong {dropped['wrong']}; precision of the kept "
              f"{precision:.3f} ({kept['ok']}/{n})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
