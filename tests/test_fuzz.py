"""Fuzzing across module boundaries (issue 7). The owners' property tests cover each piece:
the figure parser (tests/test_figures.py), the date resolver (tests/test_dates.py), the actor
normalizer (tests/test_actors.py) and the title/body splitter (tests/test_sources_files.py).
Added here: invariants those do not check, above all the ones the validation suites rely
on for the whole extraction of an article (offsets inside the body, the stored text equal
to the body's slice, value_max >= value, valid links), on any text.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.extract.article import extract_texts
from newsledger.extract.dates import find_time_expressions, resolve_date
from newsledger.extract.figures import parse_quantity
from newsledger.records import ACTOR_TYPES, DATE_PRECISIONS, EVENT_ROLES, EVENT_TYPES, QUALIFIERS

FRENCH = ["La", "Corée du Nord", "Russie", "Moscou", "Pyongyang", "Kim Jong-un", "Vladimir Poutine",
          "M.", "Poutine", "a", "ont", "livré", "tiré", "annoncé", "rencontré", "sanctions",
          "missiles", "obus", "1 000", "2,5", "millions", "de", "dollars", "environ", "entre",
          "et", "à", "le 3 mars", "mardi", "l'an dernier", "en 2023", "ONU", "l'ONU", "Séoul",
          "conteneurs", "plus de", "€", "%", ".", ",", "«", "»", "\n", "\u00a0", "-", "(", ")"]

french_like = st.lists(st.sampled_from(FRENCH), min_size=1, max_size=40).map(" ".join)
any_text = st.text(max_size=300)
published = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


def check_article(text: str, published_at: str | None) -> None:
    facts = next(extract_texts([(text, published_at)]))
    n = len(facts.sentences)
    for s in facts.sentences:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text
    for m in facts.mentions:
        assert 0 <= m.char_start < m.char_end <= len(text)
        assert text[m.char_start:m.char_end] == m.surface
        assert m.actor_type in ACTOR_TYPES and m.canonical_name
        assert m.country_code is None or re.fullmatch(r"[A-Z]{2}", m.country_code)
        assert 0 <= m.sentence_index < n
    names = {m.canonical_name for m in facts.mentions}
    for e in facts.events:
        assert 0 <= e.char_start < e.char_end <= len(text)
        assert e.event_type in EVENT_TYPES and 0 <= e.sentence_index < n
        assert e.date_precision in (None, *DATE_PRECISIONS)
        assert e.confidence is None or 0 <= e.confidence <= 1
        for a in e.actors:
            assert a.role in EVENT_ROLES and a.canonical_name in names
    for f in facts.figures:
        assert 0 <= f.char_start < f.char_end <= len(text)
        assert text[f.char_start:f.char_end] == f.text
        assert f.value >= 0 and (f.value_max is None or f.value_max >= f.value)
        assert f.qualifier in QUALIFIERS and 0 <= f.sentence_index < n
        assert f.event_index is None or 0 <= f.event_index < len(facts.events)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(french_like, published)
def test_article_extraction_invariants_on_french_like_text(text, published_at):
    check_article(text, published_at)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, published)
def test_article_extraction_invariants_on_any_text(text, published_at):
    check_article(text, published_at)


@settings(max_examples=300, deadline=None)
@given(st.one_of(any_text, french_like))
def test_time_expressions_are_slices_of_the_text(text):
    previous_end = 0
    for start, end, surface in find_time_expressions(text):
        assert 0 <= start < end <= len(text) and text[start:end] == surface
        assert start >= previous_end            # in order, not overlapping
        previous_end = end
        value, precision = resolve_date(surface, "2024-03-15")
        assert (value is None) == (precision is None)


@settings(max_examples=500, deadline=None)
@given(st.one_of(any_text, french_like))
def test_parse_quantity_never_raises_and_ranges_are_ordered(text):
    got = parse_quantity(text)
    if got is not None:
        value, value_max = got
        assert value >= 0 and (value_max is None or value_max >= value)
