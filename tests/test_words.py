"""The shared French word lists (newsledger.extract.words, data/french_words.json) are the
only definition of the months, weekdays, articles and apostrophe folding in extraction."""
from __future__ import annotations

import re
from pathlib import Path

import newsledger.extract
from newsledger.extract.words import (DEFINITE_ARTICLES, MONTHS, MONTHS_UNACCENTED, WEEKDAYS,
                                      either_apostrophe, leading_article_alternation,
                                      straight_apostrophes)

EXTRACT = Path(newsledger.extract.__file__).parent


def test_lists_and_their_helpers():
    assert len(MONTHS) == 12 and MONTHS[1] == "février" and MONTHS_UNACCENTED["aout"] == "août"
    assert WEEKDAYS[0] == "lundi" and len(WEEKDAYS) == 7
    assert straight_apostrophes("l’Union d’Ostrava") == "l'Union d'Ostrava"
    assert either_apostrophe(["l'", "le"]) == {"l'", "l’", "le"}
    leading = re.compile(f"^(?:{leading_article_alternation(DEFINITE_ARTICLES)})")
    assert leading.match("Les États").group() == "Les "
    assert leading.match("l’ONU").group() == "l’"
    assert leading.match("Lesotho") is None


def test_no_module_of_extraction_writes_its_own_copy():
    """Month and weekday names, and the ’ -> ' folding, are written only in words.py (and its
    data file): any other copy would drift from it."""
    copies = re.compile(r"""["'](?:janvier|décembre|lundi|dimanche)["']|\.replace\(["'](?:’|\\u2019)["']""")
    offenders = [f"{p.relative_to(EXTRACT)}:{i}" for p in sorted(EXTRACT.rglob("*.py"))
                 if p.name != "words.py"
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if copies.search(line)]
    assert not offenders, offenders
