"""French words that several extraction rules share, each defined once in
data/french_words.json (with its source): month and weekday names, the definite and
partitive articles, and the apostrophe normalisation (’ read as ')."""
from __future__ import annotations

import json
import re

from newsledger.resources import data_dir

_WORDS = json.loads((data_dir("newsledger.extract") / "french_words.json").read_text(encoding="utf-8"))

MONTHS: tuple[str, ...] = tuple(_WORDS["months"])                  # janvier ... décembre
MONTHS_UNACCENTED: dict[str, str] = dict(_WORDS["months_unaccented"])   # "aout" -> "août"
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(_WORDS["month_abbreviations"])   # "janv", ...
WEEKDAYS: tuple[str, ...] = tuple(_WORDS["weekdays"])              # lundi ... dimanche
TIME_NOUNS: frozenset[str] = frozenset(_WORDS["time_nouns"])      # début, veille, semaine, ...
DEFINITE_ARTICLES: tuple[str, ...] = tuple(_WORDS["definite_articles"])      # les, la, le, l'
PARTITIVE_ARTICLES: tuple[str, ...] = tuple(_WORDS["partitive_articles"])    # du, des, de la, d'
CONTRACTED_ARTICLES: dict[str, str] = dict(_WORDS["contracted_articles"])     # "au" -> "le", "des" -> "les"
UNTIL_PREPOSITIONS: frozenset[str] = frozenset(_WORDS["until_prepositions"])  # jusque, jusqu'
COMPARISON_PREPOSITIONS: frozenset[str] = frozenset(_WORDS["comparison_prepositions"])  # comme, après
COMPARISON_HEADS: frozenset[str] = frozenset(_WORDS["comparison_heads"])    # instar, contrairement
APOSTROPHE: str = _WORDS["apostrophe"]
TYPOGRAPHIC_APOSTROPHE: str = _WORDS["typographic_apostrophe"]
APOSTROPHES = f"[{APOSTROPHE}{TYPOGRAPHIC_APOSTROPHE}]"    # regex class: either apostrophe


def straight_apostrophes(s: str) -> str:
    """`s` with the typographic apostrophe (U+2019) written as the straight one (U+0027)."""
    return s.replace(TYPOGRAPHIC_APOSTROPHE, APOSTROPHE)


def either_apostrophe(words) -> set[str]:
    """The words as written with either apostrophe: {"l'"} -> {"l'", "l’"}."""
    words = set(words)
    return words | {w.replace(APOSTROPHE, TYPOGRAPHIC_APOSTROPHE) for w in words}


def elided(article: str) -> bool:
    """Whether `article` is an elided form ("l'", "d'"), written against the next word."""
    return article.endswith(APOSTROPHE)


def leading_article_alternation(articles) -> str:
    """Regex alternation of articles opening a span as written: the first letter in either
    case, either apostrophe, and a space after a whole word ("[Ll]es |[Ll]a |[Ll]['’]")."""
    def one(a: str) -> str:
        body = re.escape(a[1:]).replace("\\ ", " ").replace(APOSTROPHE, APOSTROPHES)
        return f"[{a[0].upper()}{a[0]}]{body}" + ("" if elided(a) else " ")
    return "|".join(one(a) for a in articles)
