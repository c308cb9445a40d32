"""Read-ahead of dump records while Prefect's API boots (newsledger.orchestration.readahead):
the documents taken are those the collect task makes, a record changed since is made anew,
and no more than the bound is held."""
from __future__ import annotations

import json
from pathlib import Path

from newsledger.ingest.dumps import DumpRecord, document_from_record, dump_records
from newsledger.orchestration import readahead

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def write_dump(path: Path, n: int) -> Path:
    lines = []
    for i in range(n):
        title, _, body = SEEDS[i % len(SEEDS)].read_text(encoding="utf-8").partition("\n")
        lines.append(json.dumps({"id": f"r{i}", "title": title.strip(), "text": f"{body.strip()} ({i})"},
                                ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_documents_read_ahead_are_those_the_collect_task_makes(tmp_path):
    dump = write_dump(tmp_path / "d.jsonl", 6)
    ahead = readahead.ReadAhead([str(dump), str(tmp_path / "not-a-dump.txt")])
    assert ahead.wait() == 6 and ahead.stop() == 6
    records = [r for r in dump_records(str(dump)) if isinstance(r, DumpRecord)]
    taken = [readahead.take(r) for r in records]
    assert readahead._made == {}                               # every one was taken from the cache
    assert taken == [document_from_record(r, check_text_language=False) for r in records]


def test_a_record_changed_since_is_made_anew_and_the_bound_holds(tmp_path):
    dump = write_dump(tmp_path / "d.jsonl", 5)
    ahead = readahead.ReadAhead([str(dump)], limit=3)
    assert ahead.wait() == 3
    first = next(r for r in dump_records(str(dump)) if isinstance(r, DumpRecord))
    changed = DumpRecord(first.source, first.where, {**first.record, "text": "Un autre texte, tout à fait."},
                         first.fields)
    assert readahead.take(changed).body == "Un autre texte, tout à fait."
    readahead.forget()
    assert readahead._made == {}
