"""Staging: a batch of extracted articles written to the stg_* tables in bulk (Arrow)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pyarrow as pa

from newsledger.records import ArticleFacts, SourceDocument
from newsledger.warehouse import keys
from newsledger.warehouse.sqlfiles import read_sql


@dataclass
class StagedArticle:
    """One input ready for staging: the document, its id, and its facts (None for a duplicate)."""
    doc: SourceDocument
    article_id: str
    facts: ArticleFacts | None
    duplicate_of: str | None = None


def _timestamp(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed.astimezone().replace(tzinfo=None)


def _event_date(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def article_rows(batch: list[StagedArticle], run_id: str, ingested_at: datetime) -> list[dict]:
    return [{
        "article_id": a.article_id, "source": a.doc.source, "source_kind": a.doc.source_kind,
        "title": a.doc.title, "language": a.doc.language,
        "published_at": _timestamp(a.doc.published_at), "ingested_at": ingested_at,
        "body": a.doc.text, "content_hash": a.doc.content_hash, "duplicate_of": a.duplicate_of,
        "run_id": run_id, "site_name": a.doc.site_name, "author": a.doc.author,
        "simhash": a.doc.simhash, "raw_html": a.doc.raw_html,
        "url": a.doc.url, "section": a.doc.section,
    } for a in batch]


def fact_rows(batch: list[StagedArticle], run_id: str) -> dict[str, list[dict]]:
    """Rows for every staging fact table, keyed by table name."""
    out: dict[str, list[dict]] = {k: [] for k in (
        "stg_sentences", "stg_actor_mentions", "stg_events", "stg_figures", "stg_event_actors")}
    for a in batch:
        if a.facts is None:
            continue
        aid, f = a.article_id, a.facts
        for s in f.sentences:
            out["stg_sentences"].append({
                "article_id": aid, "sentence_index": s.index, "char_start": s.start,
                "char_end": s.end, "text": s.text, "run_id": run_id})
        actor_of: dict[str, str] = {}
        for m in f.mentions:
            act = keys.actor_id(m.canonical_name)
            actor_of.setdefault(m.canonical_name, act)
            out["stg_actor_mentions"].append({
                "mention_id": keys.stable_id("mention", aid, m.char_start, m.char_end, act),
                "article_id": aid, "actor_id": act, "surface": m.surface,
                "sentence_index": m.sentence_index, "char_start": m.char_start,
                "char_end": m.char_end, "role": m.role, "reporter": m.reporter, "run_id": run_id,
                "canonical_name": m.canonical_name, "actor_type": m.actor_type,
                "country_code": m.country_code})
        event_ids = []
        for e in f.events:
            eid = keys.stable_id("event", aid, e.event_type, e.sentence_index, e.char_start, e.char_end)
            event_ids.append(eid)
            out["stg_events"].append({
                "event_id": eid, "article_id": aid, "event_type": e.event_type,
                "trigger": e.trigger, "sentence_index": e.sentence_index,
                "char_start": e.char_start, "char_end": e.char_end, "date_text": e.date_text,
                "event_date": _event_date(e.event_date), "date_precision": e.date_precision,
                "location": e.location, "confidence": e.confidence, "run_id": run_id,
                "statement_kind": e.statement_kind})
            seen = set()
            for ea in e.actors:
                act = actor_of.get(ea.canonical_name)
                if act is None or act in seen:
                    continue
                seen.add(act)
                out["stg_event_actors"].append(
                    {"event_id": eid, "actor_id": act, "role": ea.role, "run_id": run_id})
        for g in f.figures:
            out["stg_figures"].append({
                "figure_id": keys.stable_id("figure", aid, g.char_start, g.char_end),
                "article_id": aid,
                "event_id": event_ids[g.event_index] if g.event_index is not None else None,
                "text": g.text, "value": g.value, "value_max": g.value_max, "unit": g.unit,
                "currency": g.currency, "qualifier": g.qualifier,
                "sentence_index": g.sentence_index, "char_start": g.char_start,
                "char_end": g.char_end, "run_id": run_id})
    return out


def insert_rows(con, table: str, rows: list[dict]) -> int:
    """Bulk insert through Arrow, matching columns by name."""
    if not rows:
        return 0
    arrow_rows = pa.Table.from_pylist(rows)  # noqa: F841  (read by DuckDB's replacement scan)
    con.execute(read_sql("stage/insert_arrow.sql").format(table=table))
    return len(rows)


def stage_batch(con, batch: list[StagedArticle], run_id: str, ingested_at: datetime) -> dict[str, int]:
    counts = {"stg_articles": insert_rows(con, "stg_articles", article_rows(batch, run_id, ingested_at))}
    for table, rows in fact_rows(batch, run_id).items():
        counts[table] = insert_rows(con, table, rows)
    return counts
