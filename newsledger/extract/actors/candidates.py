"""The actor candidate (a span of the text before resolution) and helpers on positions."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from newsledger.records import Sentence


@dataclass
class Cand:
    start: int
    end: int
    kind: str                  # person / organization / country
    key: str                   # country code, org canonical, or person surface
    source: str                # 'gaz', 'rule', 'ner'
    form: str = ""
    code: str | None = None
    role: str | None = None    # the title the candidate was found after, if any
    reporter: bool = False     # the article's own news agency (credits.py)


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


class SentenceIndex:
    """sentence_of() and the sentence of that index, for the many positions of one article:
    by bisection when the sentences are in text order and disjoint (as sentences_of makes
    them), else by sentence_of's scan."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.ordered = all(s.start <= s.end for s in sentences) \
            and all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
        self.by_index: dict[int, Sentence] = {}
        for s in sentences:
            self.by_index.setdefault(s.index, s)

    def index_of(self, pos: int) -> int:
        if not self.ordered:
            return sentence_of(self.sentences, pos)
        k = bisect_right(self.starts, pos) - 1      # the last sentence starting at or before pos
        if k >= 0 and pos < self.sentences[k].end:
            return self.sentences[k].index
        return self.sentences[-1].index if self.sentences else 0

    def sentence_at(self, pos: int) -> Sentence | None:
        """The (first) sentence whose index is index_of(pos)."""
        return self.by_index.get(self.index_of(pos))


def overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


class SpanSet:
    """overlaps(a, spans) for many spans `a` against the same `spans`: the characters inside
    a non-empty span are marked in a bytearray; empty spans, which overlap only the spans
    strictly around them, are kept apart (and an empty `a` is compared with every span)."""

    def __init__(self, spans):
        self.spans = list(spans)
        self.covered = bytearray(max((e for _, e in self.spans), default=0) + 1)
        self.empty = [s for s, e in self.spans if s == e]
        for s, e in self.spans:
            if s < e:
                self.covered[s:e] = b"\x01" * (e - s)

    def overlaps(self, a: tuple[int, int]) -> bool:
        start, end = a
        if start >= end:
            return overlaps(a, self.spans)
        return self.covered.find(1, start, end) >= 0 or any(start < p < end for p in self.empty)


OPENING_MARKS = frozenset({'"', "«", "“", "(", "[", "-", "–", "—"})


def opens_sentence(doc, tok) -> bool:
    """The first word of a sentence or a line, opening quotes and dashes aside ('"Machiste" et
    polluant : ...')."""
    if tok.is_sent_start or tok.i == 0 or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_ \
            or doc[tok.i - 1].text in (".", "!", "?"):
        return True
    prev = doc[tok.i - 1]
    return prev.text in OPENING_MARKS and not prev.whitespace_ and opens_sentence(doc, prev)
