"""word_trie: a regex trie of a word list matches what the flat alternation of the words,
longest first, matches (the extraction's gazetteer, titles, dates and figures rely on it)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.tries import word_trie

LETTERS = "aàbcdeé'- "
words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=6), min_size=1, max_size=12)
texts = st.text(alphabet=LETTERS + "xX.", max_size=60)


def flat(ws) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True)) + ")"


@settings(max_examples=400, deadline=None)
@given(words, texts)
def test_a_trie_matches_as_the_alternation_longest_first(ws, text):
    for tail, flags in (("", 0), (r"(?![\w'-])", 0), (r"(?=\s|$)", re.IGNORECASE)):
        trie = re.compile(word_trie(ws) + tail, flags)
        alternation = re.compile(flat(ws) + tail, flags)
        assert [m.span() for m in trie.finditer(text)] == \
               [m.span() for m in alternation.finditer(text)]


def test_a_trie_factors_common_prefixes():
    assert word_trie(["des", "deux", "dix", "de"]) == "(?:d(?:e(?:s|u(?:x))?|i(?:x)))"
    assert re.fullmatch(word_trie(["a.b", "a"]), "a.b") and not re.fullmatch(word_trie(["a.b"]), "axb")
