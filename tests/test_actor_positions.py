"""The position helpers the actor extraction uses for speed give the answers of the plain
scans they stand for: SpanSet.overlaps as overlaps(), SentenceIndex as sentence_of()."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.actors.candidates import SentenceIndex, SpanSet, overlaps, sentence_of
from newsledger.records import Sentence

spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=10)


@settings(max_examples=400, deadline=None)
@given(spans, st.lists(st.tuples(st.integers(0, 50), st.integers(0, 8)), min_size=1, max_size=10))
def test_a_span_set_overlaps_as_the_scan(taken, probes):
    marked = SpanSet(taken)
    for start, length in probes:
        a = (start, start + length)
        assert marked.overlaps(a) == overlaps(a, taken), (a, taken)


def _sentences(bounds, indices):
    return [Sentence(i, s, e, "x" * (e - s)) for i, (s, e) in zip(indices, bounds)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=0, max_size=8), st.integers(0, 3),
       st.lists(st.integers(-2, 80), min_size=1, max_size=10))
def test_a_sentence_index_finds_the_sentence_of_sentence_of(lengths, gap, positions):
    bounds, pos = [], 0
    for n in lengths:                     # in text order, disjoint, `gap` characters apart
        bounds.append((pos, pos + n))
        pos += n + gap
    sentences = _sentences(bounds, range(len(bounds)))
    index = SentenceIndex(sentences)
    for p in positions:
        assert index.index_of(p) == sentence_of(sentences, p)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 9)), min_size=1, max_size=6),
       st.lists(st.integers(0, 40), min_size=1, max_size=10))
def test_out_of_order_sentences_fall_back_to_the_scan(bounds, positions):
    sentences = _sentences([(s, s + n) for s, n in bounds], range(len(bounds)))
    index = SentenceIndex(sentences)
    for p in positions:
        assert index.index_of(p) == sentence_of(sentences, p)
