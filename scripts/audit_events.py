"""Draw events at random from extraction over corpus articles for a hand precision audit.

    .venv/bin/python scripts/audit_events.py [--articles 150] [--events 100] [--seed 19]
        > /tmp/audit_sentences.txt

Takes `articles` articles at random (seeded) from ../shared/corpus/orangesum-monde-politique.jsonl.gz,
leaving out the dev and training articles (same title), extracts them, and draws `events` of
the events found (the smallest seeded hashes of article, offsets and type). Writes docs/audit/events_sample.tsv (corpus id, character offsets,
event type, trigger, statement kind, actors, empty verdict and reason columns) and prints the
sentence of each event to stdout for the judge only: no article text is written to the
repository. The judged copy is docs/audit/events_precision.tsv (verdict: ok / wrong, reason).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus/orangesum-monde-politique.jsonl.gz"
OUT = ROOT / "docs/audit/events_sample.tsv"
COLUMNS = ["corpus_id", "char_start", "char_end", "event_type", "trigger", "statement_kind",
           "actors", "verdict", "reason"]


def annotated_titles() -> set[str]:
    """First lines (titles) of the dev and training articles."""
    out = set()
    for folder in (SHARED / "eval/articles", SHARED / "eval/train/articles"):
        for p in folder.glob("*.txt"):
            out.add(p.read_text(encoding="utf-8").split("\n", 1)[0].strip())
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--events", type=int, default=100)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from newsledger.extract.article import extract_texts

    skip = annotated_titles()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    rng = random.Random(args.seed)
    pool = [r for r in records if r["title"].strip() not in skip]
    chosen = rng.sample(pool, args.articles)
    found = []
    for r, facts in zip(chosen, extract_texts([(r["text"], r.get("published")) for r in chosen])):
        for e in facts.events:
            found.append((r, e, facts.sentences[e.sentence_index].text))
    # the `events` events with the smallest seeded hash of (article, offsets, type): a change
    # to extraction only replaces the rows of the events it changed, so judgements carry over
    def rank(item):
        r, e, _ = item
        key = f"{args.seed}|{r['id']}|{e.char_start}|{e.char_end}|{e.event_type}"
        return hashlib.sha256(key.encode()).hexdigest()

    drawn = sorted(sorted(found, key=rank)[:args.events], key=lambda x: (x[0]["id"], x[1].char_start))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        for n, (r, e, sentence) in enumerate(drawn, 1):
            actors = "; ".join(f"{a.canonical_name}:{a.role}" for a in e.actors)
            w.writerow([r["id"], e.char_start, e.char_end, e.event_type, e.trigger,
                        e.statement_kind or "", actors, "", ""])
            print(f"#{n} {r['id']} {e.event_type} [{e.trigger}] {e.statement_kind or ''} | {actors}\n"
                  f"    {sentence.strip()}\n")
    print(f"{len(found)} events in {len(chosen)} articles; {len(drawn)} drawn -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
