"""Article dumps: one article a record, in JSON Lines (`.jsonl`, `.jsonl.gz`) or Parquet.

    read_dump(path, fields=None) -> Iterator[SourceDocument | IngestError]

A record has the fields `id`, `title` and `text`, and optionally `published` (ISO date or
datetime), `url`, `section` and `language` (ISO 639-1). Other field names are mapped with
`fields` ({"text": "body"} reads the text from `body`; the command line's
`--field text=body`). Each good record becomes a SourceDocument whose `source` is
`PATH#ID`, so a rerun skips it by content and a changed record replaces its rows, as for a
file.

Streamed: JSON Lines are read line by line (gzip decompressed on the fly), Parquet one
record batch at a time, so memory does not grow with the dump's size. A bad record (invalid
JSON, not an object, no text, a field of the wrong type, a duplicate id, not French) is an
IngestError naming its line (JSON Lines) or record number (Parquet) and the reason; it
never stops the records after it. A dump that cannot be opened at all is one IngestError.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from newsledger.ingest.files import check_language
from newsledger.ingest.text import content_hash, has_words, normalize_text
from newsledger.records import IngestError, SourceDocument

FIELDS = ("id", "title", "text", "published", "url", "section", "language")
REQUIRED = ("id", "text")
DUMP_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".parquet")
PARQUET_BATCH_ROWS = 256

Item = SourceDocument | IngestError


def is_dump(path: str | Path) -> bool:
    """A path the dump reader takes (by its name)."""
    return str(path).lower().endswith(DUMP_SUFFIXES)


def count_records(path: str | Path) -> int:
    """How many records a dump holds, for progress: Parquet's metadata, or the lines of a
    JSON Lines file (streamed; 0 when it cannot be read: the reader will say why)."""
    path = str(path)
    try:
        if path.lower().endswith(".parquet"):
            import pyarrow.parquet as pq
            return pq.ParquetFile(path).metadata.num_rows
        opener = gzip.open if path.lower().endswith(".gz") else open
        with opener(path, "rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except (OSError, EOFError, zlib.error, ValueError):
        return 0


@dataclass
class DumpRecord:
    """One record of a dump, as plain data, before it is checked: what a run's plan hands
    the collect task (the plan streams the dump; the task makes the document)."""
    source: str                       # PATH#ID
    where: str                        # 'line N' or 'record N'
    record: dict
    fields: dict[str, str]            # contract name -> the dump's field name


def read_dump(path: str | Path, fields: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Every record of the dump, in order: a SourceDocument or an IngestError."""
    for entry in dump_records(path, fields):
        yield entry if isinstance(entry, IngestError) else document_from_record(entry)


def dump_records(path: str | Path, fields: Mapping[str, str] | None = None
                 ) -> Iterator[DumpRecord | IngestError]:
    """The dump's records, streamed, each with its id checked (present, unique in the dump);
    records that are not JSON objects, or have no usable id, are IngestErrors."""
    path = str(path)
    names = {f: (fields or {}).get(f, f) for f in FIELDS}
    seen: set[str] = set()
    try:
        for where, record in _records(path):
            yield _identified(path, where, record, names, seen)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        # the file itself (missing, unreadable, truncated gzip, not Parquet): what was read stays
        yield IngestError(path, "collect", f"cannot read the dump: {type(exc).__name__}: {exc}")


def _records(path: str) -> Iterator[tuple[str, object]]:
    """(where, record) pairs: `where` is 'line N' or 'record N' (1-based)."""
    if path.lower().endswith(".parquet"):
        yield from _parquet_records(path)
        return
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace", newline="") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                yield f"line {n}", json.loads(line)
            except json.JSONDecodeError as exc:
                yield f"line {n}", _Invalid(f"invalid JSON: {exc.msg} (column {exc.colno})")


def _parquet_records(path: str) -> Iterator[tuple[str, object]]:
    import pyarrow.parquet as pq

    n = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for record in batch.to_pylist():
            n += 1
            yield f"record {n}", record


class _Invalid:
    def __init__(self, reason: str):
        self.reason = reason


def _identified(path: str, where: str, record: object, names: dict[str, str],
                seen: set[str]) -> DumpRecord | IngestError:
    def error(reason: str, source: str | None = None) -> IngestError:
        return IngestError(source or f"{path}#{where.replace(' ', '-')}", "collect", f"{where}: {reason}")

    if isinstance(record, _Invalid):
        return error(record.reason)
    if not isinstance(record, dict):
        return error(f"a record is a JSON object, not {type(record).__name__}")
    rid = record.get(names["id"])
    if isinstance(rid, bool) or not isinstance(rid, (str, int)) or not str(rid).strip():
        return error(f"no usable '{names['id']}' (a non-empty string or integer)")
    rid = str(rid).strip()
    source = f"{path}#{rid}"
    if rid in seen:
        return error(f"id {rid!r} already used by an earlier record of this dump", source)
    seen.add(rid)
    return DumpRecord(source, where, record, names)


def document_from_record(rec: DumpRecord, check_text_language: bool = True) -> Item:
    """The document of one identified record, or an IngestError naming its line and reason.
    `check_text_language=False` leaves the language of its text undecided (`language` None,
    see `decide_language`): the run decides it once it knows the record is new or changed,
    so that an unchanged rerun never reads a known text for its language."""
    source, where, names = rec.source, rec.where, rec.fields

    def error(reason: str) -> IngestError:
        return IngestError(source, "collect", f"{where}: {reason}")

    values = {}
    for name in ("title", "text", "published", "url", "section", "language"):
        value = rec.record.get(names[name])
        if value is not None and not isinstance(value, str):
            if name == "published" and hasattr(value, "isoformat"):     # a Parquet date/timestamp
                value = value.isoformat()
            else:
                return error(f"'{names[name]}' is {type(value).__name__}, not text")
        values[name] = value
    body = normalize_text(values["text"] or "").strip()
    if not body:
        return error(f"no text in '{names['text']}'")
    if not has_words(body):
        return error("no words in the text: numbers or punctuation only")
    title = " ".join(normalize_text(values["title"]).split()) if values["title"] else None
    doc = SourceDocument(source=source, source_kind="file", title=title or None, body=body,
                         content_hash=content_hash(title or None, body),
                         published_at=(values["published"] or "").strip() or None,
                         url=values["url"], section=values["section"])
    declared = (values["language"] or "").strip().lower()
    if declared and declared != "fr":
        return IngestError(source, "language", f"{where}: declared language is {declared!r}, "
                                               "not French: recorded, not extracted")
    return check_language(doc) if check_text_language else doc


def decide_language(doc: SourceDocument) -> SourceDocument | IngestError:
    """check_language for a document whose language is still undecided; others as they are."""
    return check_language(doc) if doc.language is None else doc
