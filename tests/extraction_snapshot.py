"""The extraction snapshot: every row extraction writes for the seed articles (seeds/), one
JSON object a line, so that a change to extraction shows as a line diff.

    .venv/bin/python tests/extraction_snapshot.py     # (make snapshot) rewrite the snapshot

Each line is one actor mention, figure or event of one seed file, in the order extraction
gives them: `article` names the file and `kind` the record; the other keys are the record's
fields in the order of records.py (events with their actors and roles), offsets into the
article's body as the flow stores it (dim_articles.body).
tests/test_extraction_snapshot.py compares the current output with the committed file.
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SNAPSHOT = Path(__file__).resolve().with_name("snapshots") / "extraction.jsonl"
KINDS = (("actor", "mentions"), ("figure", "figures"), ("event", "events"))


def current_lines() -> list[str]:
    """The snapshot's lines for the extraction of the code imported now."""
    from newsledger.extract.article import extract_texts
    from newsledger.ingest.files import collect_paths

    docs = [d for d in collect_paths(sorted(SEEDS.glob("*.txt"))) if hasattr(d, "text")]
    lines = []
    for doc, facts in zip(docs, extract_texts((d.text, d.published_at) for d in docs)):
        article = Path(doc.source).name
        for kind, field in KINDS:
            for row in getattr(facts, field):
                record = {"article": article, "kind": kind, **dataclasses.asdict(row)}
                lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def write(lines: list[str], path: Path = SNAPSHOT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    rows = current_lines()
    write(rows)
    print(f"{SNAPSHOT.relative_to(ROOT)}: {len(rows)} rows")
