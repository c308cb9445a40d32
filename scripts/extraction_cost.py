"""The extraction's own cost per article, beyond spaCy's pipeline, on real corpus text.

    .venv/bin/python scripts/extraction_cost.py [--n 200] [--skip 5000] [--corpus PATH]

Parses `n` articles of ../shared/corpus/orangesum-monde-politique.jsonl.gz (after skipping
`skip`) with fr_core_news_md and the sentence component, then times (CPU) what newsledger
adds: the events' trigger and support-verb components (when the pipeline has them) and extract_from_doc.
Prints ms per article (best of three passes over the same parsed documents, each starting
from documents without what an earlier pass kept on them).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpus/orangesum-monde-politique.jsonl.gz"
ADDED = ("newsledger_event_participles", "newsledger_event_agreement", "newsledger_event_triggers",
         "newsledger_event_support")


def texts(n: int, skip: int, corpus: Path = CORPUS) -> list[str]:
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in islice(f, skip, skip + n)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--skip", type=int, default=5000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from newsledger.extract.article import extract_from_doc
    from newsledger.extract.nlp import load_pipeline

    nlp = load_pipeline()
    added = [name for name in ADDED if name in nlp.pipe_names]
    bodies = texts(args.n, args.skip, args.corpus)
    t0 = time.process_time()
    docs = list(nlp.pipe(bodies, batch_size=16, disable=added))
    spacy_ms = (time.process_time() - t0) * 1000 / len(docs)
    best = None
    for _ in range(3):
        t0 = time.process_time()
        for doc, text in zip(docs, bodies):
            doc.user_data.clear()             # nothing kept on the doc from an earlier pass
            for name in added:
                doc = nlp.get_pipe(name)(doc)
            extract_from_doc(doc, None, text)
        ms = (time.process_time() - t0) * 1000 / len(docs)
        best = ms if best is None else min(best, ms)
    print(f"{len(docs)} articles: spaCy {spacy_ms:.1f} ms/article, extraction beyond spaCy "
          f"{best:.1f} ms/article (best of 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
