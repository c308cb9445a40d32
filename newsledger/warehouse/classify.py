"""Skip what is known: sort a batch of collected documents into new, changed, unchanged
and duplicate, against the warehouse and the rest of the run."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsledger.records import IngestError, SourceDocument
from newsledger.warehouse import keys
from newsledger.warehouse.sqlfiles import read_sql


@dataclass
class Classified:
    new: list[tuple[str, SourceDocument]] = field(default_factory=list)
    changed: list[tuple[str, SourceDocument]] = field(default_factory=list)
    unchanged: list[tuple[str, SourceDocument]] = field(default_factory=list)
    duplicates: list[tuple[str, SourceDocument, str]] = field(default_factory=list)  # (id, doc, original id)
    rejected: list[IngestError] = field(default_factory=list)    # refused by `admit` (classify)

    @property
    def to_extract(self) -> list[tuple[str, SourceDocument]]:
        return self.new + self.changed

    def first(self, n: int) -> tuple[Classified, int]:
        """At most `n` new or changed inputs of the batch (new ones first), with the unchanged
        ones and the copies of what is kept; and how many inputs were left out (`--limit`)."""
        new = self.new[:n]
        changed = self.changed[:max(0, n - len(new))]
        dropped = {aid for aid, _ in self.to_extract} - {aid for aid, _ in new + changed}
        duplicates = [d for d in self.duplicates if d[2] not in dropped]
        kept = Classified(new, changed, self.unchanged, duplicates, self.rejected)
        return kept, len(dropped) + len(self.duplicates) - len(duplicates)


@dataclass
class RunMemory:
    """What earlier batches of the same run saw: content hashes and fingerprints."""
    hashes: dict[str, str] = field(default_factory=dict)        # content_hash -> article_id
    simhashes: list[tuple[str, int]] | None = None              # (article_id, simhash)

    def copy(self) -> RunMemory:
        return RunMemory(dict(self.hashes), None if self.simhashes is None else list(self.simhashes))


def known_url_sources(con) -> set[str]:
    """The sources of the web pages already in the warehouse."""
    return {r[0] for r in con.execute(read_sql("ingest/known_urls.sql")).fetchall()}


def document_id(doc: SourceDocument) -> str:
    return keys.article_id(doc.source_kind, doc.source)


def near_duplicate_of(doc: SourceDocument, memory: RunMemory) -> str | None:
    if doc.simhash is None or not memory.simhashes:
        return None
    from newsledger.ingest.urls import is_near_duplicate

    for aid, other in memory.simhashes:
        if is_near_duplicate(doc.simhash, other):
            return aid
    return None


def classify(con, docs: list[SourceDocument], memory: RunMemory,
             admit: Callable[[SourceDocument], SourceDocument | IngestError] | None = None) -> Classified:
    """Sort `docs`. `admit`, when given, is asked about each document that is not known
    unchanged, before the run remembers it (an article dump's record is checked for its
    language only when it is new or changed); what it refuses goes to `rejected`."""
    out = Classified()
    if not docs:
        return out
    ids = [document_id(d) for d in docs]
    rows = con.execute(read_sql("ingest/known_articles.sql"), {
        "article_ids": ids, "content_hashes": [d.content_hash for d in docs]}).fetchall()
    by_id = {r[0]: r for r in rows}
    original_by_hash = {r[2]: (r[3] or r[0]) for r in rows}
    if memory.simhashes is None:
        memory.simhashes = [(a, int(h)) for a, h in con.execute(read_sql("ingest/simhashes.sql")).fetchall()]
    for aid, doc in zip(ids, docs):
        known = by_id.get(aid)
        if known is not None and known[2] == doc.content_hash:
            out.unchanged.append((aid, doc))
            continue
        if admit is not None:
            admitted = admit(doc)
            if isinstance(admitted, IngestError):
                out.rejected.append(admitted)
                continue
            doc = admitted
        original = memory.hashes.get(doc.content_hash) or original_by_hash.get(doc.content_hash)
        if original is None and doc.source_kind == "url":
            original = near_duplicate_of(doc, memory)
        if original is not None and original != aid:
            out.duplicates.append((aid, doc, original))
            continue
        memory.hashes[doc.content_hash] = aid
        if doc.simhash is not None:
            memory.simhashes.append((aid, doc.simhash))
        (out.changed if known is not None else out.new).append((aid, doc))
    return out
