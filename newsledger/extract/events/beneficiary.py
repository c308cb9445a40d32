"""Whom a protest is for: "des veillées et des manifestations pour X", "un rassemblement en
soutien à X", "une marche en hommage à X". The one a protest is held for (a victim, a
prisoner) is its cause, not one of the protesters (general French usage: the prepositions
of purpose and the nouns of the locutions "en soutien à", "en hommage à", "en mémoire de",
"en l'honneur de").
The same phrases said through what qualifies the protest noun: a participle ("des
manifestations organisées en hommage à X", "une marche prévue en soutien à X"), a noun of
tribute taken by 'de' ("une manifestation de soutien à X", "une marche d'hommage à X": TLFi
s.v. soutien, hommage). The 'à' or 'de' complement right after the noun of tribute belongs to
that locution wherever the parser hangs it ("organisées en hommage à X": X on the participle,
the protest noun or the main verb). A name only there goes whatever role it was given."""
from __future__ import annotations

from newsledger.extract.events.syntax import subtree_indices

PURPOSE_CASES = {"pour"}
TRIBUTE_NOUNS = {"soutien", "hommage", "mémoire", "honneur"}
# the prepositions of the complement of a noun of tribute ("en hommage à X", "en mémoire de X")
TRIBUTE_CASES = {"à", "au", "aux", "de", "d'", "d’", "du", "des"}


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


def is_tribute_complement(tok) -> bool:
    """"de soutien à X", "d'hommage à X": a noun of tribute with no determiner, taken by 'de'
    (the kind of the protest)."""
    return (tok.dep_.startswith("nmod") and tok.lemma_.lower() in TRIBUTE_NOUNS
            and locution_words(tok) & {"de", "d'", "d’"}
            and not any(c.dep_ == "det" for c in tok.children))


def tribute_object(phrase) -> set[int]:
    """The 'à' or 'de' complement right after the locution `phrase` ("en hommage", "de
    soutien"), wherever the parser hung it ("organisées en hommage à X": X beside 'hommage',
    on the participle, the protest noun or the main verb)."""
    if phrase.lemma_.lower() not in TRIBUTE_NOUNS:
        return set()
    end = max(subtree_indices(phrase))
    doc = phrase.doc
    if end + 1 >= len(doc):
        return set()
    case = doc[end + 1]
    if case.dep_ != "case" or case.lower_ not in TRIBUTE_CASES or case.head.i <= case.i:
        return set()
    obj = case.head
    if obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return set()
    phrase_of = subtree_indices(obj)
    return set(phrase_of) if min(phrase_of) == case.i else set()


def beneficiary_indices(head) -> set[int]:
    """Tokens of the phrases that say whom the protest `head` is for: complements of the
    trigger, or of the verb whose subject or object it is ("des manifestations ont eu lieu
    pour X"), or of a participle that qualifies it ("organisées en hommage à X"); a noun of
    tribute that qualifies it ("une manifestation de soutien à X")."""
    out: set[int] = set()
    anchors = {head, head.head} | {c for c in head.children
                                   if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > head.i}
    for anchor in anchors:
        for c in anchor.children:
            if c.i == head.i:
                continue
            if is_beneficiary_phrase(c):
                out |= subtree_indices(c) | tribute_object(c)
            elif anchor.i == head.i and is_tribute_complement(c):
                out |= subtree_indices(c) | tribute_object(c)
    return out
