"""Whom a protest is for: "des veillées et des manifestations pour X", "un rassemblement en
soutien à X", "une marche en hommage à X". The one a protest is held for (a victim, a
prisoner) is its cause, not one of the protesters (general French usage: the prepositions
of purpose and the nouns of the locutions "en soutien à", "en hommage à", "en mémoire de",
"en l'honneur de")."""
from __future__ import annotations

from newsledger.extract.events.syntax import subtree_indices

PURPOSE_CASES = {"pour"}
TRIBUTE_NOUNS = {"soutien", "hommage", "mémoire", "honneur"}


def locution_words(tok) -> set[str]:
    """The case words of a phrase and the fixed words of its locution ("en soutien à")."""
    return {c.lower_ for c in tok.children if c.dep_ in ("case", "fixed")}


def is_beneficiary_phrase(tok) -> bool:
    """"pour X", "en soutien à X", "en hommage à X" (the phrase, headed by X or by the noun
    of the locution)."""
    if not tok.dep_.startswith(("obl", "nmod")):
        return False
    words = locution_words(tok)
    return bool(words & PURPOSE_CASES) or (tok.lemma_.lower() in TRIBUTE_NOUNS and "en" in words)


def beneficiary_indices(head) -> set[int]:
    """Tokens of the phrases that say whom the protest `head` is for: complements of the
    trigger, or of the verb whose subject or object it is ("des manifestations ont eu lieu
    pour X")."""
    out: set[int] = set()
    for anchor in {head, head.head}:
        for c in anchor.children:
            if c.i != head.i and is_beneficiary_phrase(c):
                out |= subtree_indices(c)
    return out
