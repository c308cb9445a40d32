"""The actor candidate (a span of the text before resolution) and helpers on positions."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..records import Sentence


@dataclass
class Cand:
    start: int
    end: int
    kind: str                  # person / organization / country
    key: str                   # country code, org canonical, or person surface
    source: str                # 'gaz', 'rule', 'ner'
    form: str = ""
    code: str | None = None


class Entity(NamedTuple):
    """One NER entity, read once per article (each read of doc.ents builds new Span objects)."""
    start: int                 # token indices
    end: int
    start_char: int
    end_char: int
    label: str


def entities(doc) -> list[Entity]:
    return [Entity(e.start, e.end, e.start_char, e.end_char, e.label_) for e in doc.ents]


def sentence_of(sentences: list[Sentence], pos: int) -> int:
    for s in sentences:
        if s.start <= pos < s.end:
            return s.index
    return sentences[-1].index if sentences else 0


def overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def opens_sentence(doc, tok) -> bool:
    return tok.is_sent_start or tok.i == 0 or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_ \
        or doc[tok.i - 1].text in (".", "!", "?")
