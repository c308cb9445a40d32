"""Place names the NER took for persons: a name the article itself describes as a town, a
village, a district or a prison ("la ville iranienne de X", "la prison d'X", "X, principale
ville du Nord", "d'autres villes canadiennes, dont X"). Such a name is a place, no actor
(eval/GUIDELINES.md: a city, region or site that is only a place is a location, not an actor),
and no event can take it for a doer, a target or a participant. One description is enough for
the whole article: every person candidate written the same way goes. Persons named in
apposition to an office of the town ("le maire de la ville, X") are not described by the town
noun itself, and stay."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.actors.candidates import Cand
from newsledger.extract.actors.gazetteer import lexicon
from newsledger.extract.words import DEFINITE_ARTICLES, straight_apostrophes

# the dependency of the name on the town noun: its 'de' complement ("la ville de X") or an
# apposition either way ("X, localité kurde", "la capitale, X")
COMPLEMENT, APPOSITION = ("nmod",), ("appos",)
# the word after a town noun that makes a compound of another sense ("quartier général")
COMPOUND_OTHER_SENSE = ("général", "generale", "générale")
# the words a town's phrase may have after its noun before the comma of an apposition ("du pays")
MAX_TOWN_PHRASE = 4


@lru_cache(maxsize=1)
def town_nouns() -> frozenset[str]:
    return frozenset(lexicon()["town_noun"])


def is_town_noun(tok) -> bool:
    """A town noun, not in a compound of another sense ("le quartier général de X": a
    headquarters, whose 'de' complement is its owner)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in town_nouns() and not (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in COMPOUND_OTHER_SENSE)


def heads_its_phrase(tok) -> bool:
    """The town noun is no 'de' complement of another noun: "le maire de la ville X", "l'élue
    du IVe arrondissement X" name the office's holder, whom the parser may hang on the town."""
    return not (tok.dep_ == "nmod" and tok.head.pos_ == "NOUN")


def has_case(tok, word: str) -> bool:
    return any(c.dep_ == "case" and straight_apostrophes(c.lower_) in (word, word[0] + "'") for c in tok.children)


def after_dont(doc, start: int) -> bool:
    """"des villes canadiennes, dont X", "plusieurs villes du pays, dont X": the name right
    after "dont", whose nearest noun before (across adjectives, determiners and a comma) is a
    town noun or that of the 'de' complement of one ("les habitants de la ville, dont X" name
    people)."""
    i = start - 1
    if i < 0 or doc[i].lower_ != "dont":
        return False
    for tok in reversed(doc[max(0, i - 6):i]):
        if tok.pos_ == "NOUN":
            while tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
                tok = tok.head          # "villes du pays": the phrase's noun, not "habitants de la ville"
            return is_town_noun(tok)
        if tok.pos_ not in ("ADJ", "PUNCT", "DET", "NUM"):
            return False
    return False


def town_noun_before(doc, start: int) -> bool:
    """Read on the words' order, whatever the parse: "la ville iranienne de X", "la prison d'X"
    (a town noun, adjectives, then "de")."""
    i = start - 1
    if i < 1 or straight_apostrophes(doc[i].lower_) not in ("de", "d'"):
        return False
    for tok in reversed(doc[max(0, i - 4):i]):
        if tok.pos_ == "NOUN":
            return is_town_noun(tok)
        if tok.pos_ != "ADJ":
            return False
    return False


def town_noun_after(doc, end: int) -> bool:
    """Read on the words' order: "X, localité kurde", "X, principale ville du Nord" (a comma,
    a determiner or adjectives, then a town noun)."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    if end + 1 < len(doc) and straight_apostrophes(doc[end + 1].lower_) in DEFINITE_ARTICLES:
        return False                              # "avec la mort de X, la métropole du nord ...": a new clause's subject
    for tok in doc[end + 1:min(len(doc), end + 5)]:
        if tok.pos_ == "NOUN":
            return is_town_noun(tok)
        if tok.pos_ not in ("DET", "ADJ"):
            return False
    return False


def one_word(span) -> bool:
    """A name of one word ("Sardasht", "Saint-Jean"): a 'de' complement of a town noun that is
    a first name and a surname is whose town it is ("la ville d'Alain X", "la ville d'origine
    de George X"), not its name."""
    return " " not in span.text.strip()


def described_as_town(doc, span) -> bool:
    """The name's head is the 'de' complement of a town noun, in apposition to one (either
    way, after a comma; a town noun that is itself the complement of another noun heads no
    apposition), or named right after "dont" following one, by the parse or by the words'
    order; or
    it is the conjunct of such a name ("dont X et Y", "les villes de X et de Y")."""
    head = span.root
    # a conjunct joined by "et" or "ou" ("dont X et Y"), not a name the parser joins by a comma
    # ("la région de X (nord), Jean Dupont": the person after it)
    if head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ == "PROPN" \
            and any(c.dep_ == "cc" for c in head.children):
        first = head.head
        if described_as_town(doc, doc[first.i:first.i + 1]):
            return True
    gov = head.head
    if gov.i != head.i and not (span.start <= gov.i < span.end):
        if head.dep_ in COMPLEMENT and has_case(head, "de") and is_town_noun(gov) and one_word(span):
            return True
        # an apposition is set off by a comma right after the town's phrase ("la plus grande
        # ville du pays, X"), not a name further on in a list the parser hangs on it
        # (one word: a first name and a surname after the town's phrase are a person the
        # sentence goes on to, "dans la ville de X, Jean Dupont, 57 ans, a déclaré")
        if head.dep_ in APPOSITION and is_town_noun(gov) and heads_its_phrase(gov) and one_word(span) \
                and gov.i < span.start and doc[span.start - 1].text == "," \
                and span.start - 1 - gov.i <= MAX_TOWN_PHRASE \
                and not any(t.ent_type_ == "PER" or t.lower_ == "dont" for t in doc[gov.i + 1:span.start - 1]):
            return True
    return after_dont(doc, span.start) or (one_word(span) and town_noun_before(doc, span.start)) \
        or town_noun_after(doc, span.end)


def town_persons(doc, cands: list[Cand]) -> set[str]:
    """The keys of the NER person candidates one of whose mentions is described as a town."""
    out = set()
    for c in cands:
        if c.kind != "person" or c.source != "ner":
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and described_as_town(doc, span):
            out.add(c.key)
    return out


def without_towns(doc, cands: list[Cand]) -> list[Cand]:
    """`cands` without the NER persons written as a name the article describes as a town."""
    towns = town_persons(doc, cands)
    if not towns:
        return cands
    return [c for c in cands if not (c.kind == "person" and c.source == "ner" and c.key in towns)]
