"""Article dumps (newsledger.ingest.dumps): JSON Lines, gzip, Parquet; bad records recorded
with their line, good ones kept, memory flat."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsledger.ingest.dumps import is_dump, read_dump
from newsledger.records import IngestError, SourceDocument

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def seed_record(i: int, **extra) -> dict:
    title, _, body = SEEDS[i % len(SEEDS)].read_text(encoding="utf-8").partition("\n")
    return {"id": f"a{i}", "title": title.strip(), "text": body.strip(), **extra}


def write_jsonl(path: Path, lines: list) -> Path:
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_good_records_become_documents_with_a_source_per_record(tmp_path):
    dump = write_jsonl(tmp_path / "d.jsonl", [seed_record(0, published="2020-06-16", url="https://x.fr/a",
                                                          section="monde"), seed_record(1)])
    docs = list(read_dump(dump))
    assert [type(d) for d in docs] == [SourceDocument, SourceDocument]
    first = docs[0]
    assert first.source == f"{dump}#a0" and first.source_kind == "file"
    assert first.published_at == "2020-06-16" and first.url == "https://x.fr/a" and first.section == "monde"
    assert first.language == "fr" and first.text.startswith(first.title + "\n\n")


def test_bad_records_are_errors_with_their_line_and_never_stop_the_others(tmp_path):
    lines = [seed_record(0), "{not json", "[1, 2]", {"id": "x", "title": "t"},
             {"id": "y", "title": "t", "text": 42}, {"title": "no id", "text": "Le texte."},
             seed_record(1) | {"id": "a0"}, {"id": "z", "text": "12 34 56"},
             seed_record(2, language="en"), "", seed_record(3)]
    items = list(read_dump(write_jsonl(tmp_path / "d.jsonl.gz", lines)))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["a0", "a3"]
    reasons = [e.error for e in errors]
    assert reasons[0].startswith("line 2: invalid JSON")
    assert reasons[1] == "line 3: a record is a JSON object, not list"
    assert reasons[2] == "line 4: no text in 'text'"
    assert reasons[3] == "line 5: 'text' is int, not text"
    assert reasons[4].startswith("line 6: no usable 'id'")
    assert reasons[5].startswith("line 7: id 'a0' already used")
    assert reasons[6].startswith("line 8: no words")
    assert reasons[7].startswith("line 9: declared language is 'en'") and errors[7].stage == "language"
    assert len(errors) == 8


def test_fields_are_mapped_by_name(tmp_path):
    rec = seed_record(0)
    dump = write_jsonl(tmp_path / "d.jsonl", [{"key": 7, "headline": rec["title"], "body": rec["text"]}])
    [doc] = read_dump(dump, {"id": "key", "title": "headline", "text": "body"})
    assert isinstance(doc, SourceDocument) and doc.source.endswith("#7") and doc.title == rec["title"]


def test_parquet_dumps_read_batch_by_batch(tmp_path):
    recs = [seed_record(i) for i in range(600)]
    for r in recs:
        r["text"] += f" Paragraphe {r['id']}."
    path = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_pylist(recs), path, row_group_size=100)
    docs = list(read_dump(path))
    assert len(docs) == 600 and all(isinstance(d, SourceDocument) for d in docs)
    assert len({d.content_hash for d in docs}) == 600


def test_an_unreadable_dump_is_one_error(tmp_path):
    bad = tmp_path / "broken.jsonl.gz"
    bad.write_bytes(gzip.compress(b'{"id": 1}\n')[:-8])            # truncated gzip
    assert [type(i) for i in read_dump(bad)][-1] is IngestError
    [err] = read_dump(tmp_path / "missing.parquet")
    assert isinstance(err, IngestError) and "cannot read the dump" in err.error
    assert is_dump("x.JSONL.GZ") and is_dump("y.parquet") and not is_dump("z.txt")
