"""Which language is a text in? A small stop-word detector, no model, no network.

`detect_language(text)` returns an ISO 639-1 code ('fr', 'en', 'de', 'es', 'it', 'pt',
'nl', 'sv', 'pl', 'ro') or None; it never raises. The stop-word lists are in
`data/stopwords.json` (short lists of the most frequent function words of each language,
written for this project).

Method: the text (its first MAX_CHARS characters) is case-folded and cut into words of
letters only, so elisions split ("l’isolement" -> "l", "isolement") and digits are
ignored. Each word found in the lists scores 1/k for each of the k languages whose list
contains it (a word only French has, like "les", counts 1; "de", shared by five lists,
counts 0.2 for each). The best language wins if
  * the text has at least MIN_WORDS words (else None: too little text; numbers-only text
    has no words at all),
  * its score is at least MIN_SCORE,
  * at least MIN_HIT_RATIO of the words are stop words of some language (prose in a
    language without a list, e.g. Russian or Finnish, has few hits -> None),
  * and it beats the runner-up by MIN_MARGIN (a 50/50 bilingual text -> None).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache

from newsledger.resources import data_dir

DATA_FILE = data_dir("newsledger.ingest") / "stopwords.json"

MAX_CHARS = 20_000
MIN_WORDS = 5
MIN_SCORE = 2.0
MIN_HIT_RATIO = 0.10
MIN_MARGIN = 1.3

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    """word -> {language: weight}, and language -> English name."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    langs = data["languages"]
    owners: dict[str, set[str]] = {}
    for code, spec in langs.items():
        for word in spec["words"]:
            owners.setdefault(word.casefold(), set()).add(code)
    weights = {w: {c: 1.0 / len(cs) for c in cs} for w, cs in owners.items()}
    names = {code: spec.get("name", code) for code, spec in langs.items()}
    return weights, names


def language_name(code: str | None) -> str:
    """'fr' -> 'French'; unknown codes are returned as given ('unknown' for None)."""
    if code is None:
        return "unknown"
    try:
        return _tables()[1].get(code, code)
    except Exception:
        return code


def language_scores(text: str) -> tuple[dict[str, float], int, int]:
    """(score per language, number of words, number of stop-word hits)."""
    weights, _ = _tables()
    counts = Counter(_WORD.findall(text[:MAX_CHARS].casefold()))
    scores: dict[str, float] = {}
    hits = 0
    for word, n in counts.items():
        w = weights.get(word)
        if w:
            hits += n
            for code, weight in w.items():
                scores[code] = scores.get(code, 0.0) + weight * n
    return scores, counts.total(), hits


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure. Never raises."""
    try:
        if not isinstance(text, str):
            return None
        scores, words, hits = language_scores(text)
        if words < MIN_WORDS or not scores or hits < MIN_HIT_RATIO * words:
            return None
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        best, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if top < MIN_SCORE or top < MIN_MARGIN * second:
            return None
        return best
    except Exception:
        return None


def is_french(text: str) -> bool:
    """True if detect_language(text) == 'fr'. Never raises."""
    return detect_language(text) == "fr"


def is_foreign_headline(title: str | None, language: str = "fr") -> bool:
    """True when a short line (a headline) is clearly in another language than `language`:
    another language's stop words dominate and `language`'s are few. Headlines are too short
    for detect_language's thresholds; an unclear one counts as not foreign. Never raises."""
    if not title:
        return False
    try:
        scores, _, _ = language_scores(title)
    except Exception:
        return False
    others = {k: v for k, v in scores.items() if k != language}
    if not others:
        return False
    best = max(others.values())
    return best >= 1.0 and scores.get(language, 0.0) < 0.5 * best
