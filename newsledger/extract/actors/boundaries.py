"""Where a NER name ends: a place after "de" that is no part of the name ("Khalifa Haftar de
Tarhouna", "Royal United Services Institute de Londres"), a person the NER glued to a word
or a name before it ("le ministre de l'Intérieur Gérard Collomb", "sur Facebook Jean-Luc
Mélenchon"). Each cut is read against the other names of the same article."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.actors.candidates import Entity
from newsledger.extract.actors.gazetteer import Gazetteer, lexicon, organization_heads
from newsledger.extract.actors.names import NAME_PARTICLES, fold
from newsledger.extract.words import straight_apostrophes

PLACE_FORMS = frozenset({"name", "variant", "capital"})
# the last "de" of a name and the words after it: "… de Tarhouna", "… d'Alep", "… du Caire"
TRAILING_DE = re.compile(r"\s+(?:de|du|d['’])\s*((?:[A-ZÉÈ][\w'’-]*)(?:\s+[A-ZÉÈ][\w'’-]*){0,2})$")


@dataclass(frozen=True)
class ArticleNames:
    """The names of one article the cuts are read against: its places (LOC entities, and
    the gazetteer's countries and capitals) and its persons of two words or more."""
    places: frozenset[str]
    persons: frozenset[str]
    others: frozenset[str]         # its ORG and MISC entities


def article_names(text: str, ents: list[Entity], g: Gazetteer) -> ArticleNames:
    places = {straight_apostrophes(text[e.start_char:e.end_char]) for e in ents if e.label == "LOC"}
    persons = {text[e.start_char:e.end_char] for e in ents
               if e.label == "PER" and len(text[e.start_char:e.end_char].split()) >= 2}
    others = {text[e.start_char:e.end_char] for e in ents if e.label in ("ORG", "MISC")}
    return ArticleNames(frozenset(places), frozenset(persons), frozenset(others))


def is_place(name: str, names: ArticleNames, g: Gazetteer) -> bool:
    name = straight_apostrophes(name)
    entry = g.entries.get(name)
    return name in names.places or entry is not None and entry.kind == "country" and entry.form in PLACE_FORMS


@lru_cache(maxsize=1)
def english_heads() -> frozenset[str]:
    return frozenset(lexicon()["org_head_en"])


def trailing_place(text: str, start: int, end: int, label: str, names: ArticleNames, g: Gazetteer) -> int:
    """The end of the name without a trailing "de <place>": a person's name ("Khalifa
    Haftar de Tarhouna", the place a LOC entity of the article or a country or capital of
    the gazetteer), or an organization's English name ("… Institute de Londres": a French
    "de" is no part of an English name). Else `end`."""
    if label not in ("PER", "ORG"):
        return end
    m = TRAILING_DE.search(text, start, end)
    if m is None or m.end() != end or not is_place(m.group(1), names, g):
        return end
    before = text[start:m.start()].split()
    if label == "PER" and len(before) >= 2 or label == "ORG" and before and before[-1] in english_heads():
        return m.start()
    return end


def glued_person_tail(text: str, start: int, end: int, label: str, names: ArticleNames, g: Gazetteer,
                      common_word) -> int | None:
    """Where a person of the article (a PER entity of two words or more written elsewhere,
    not opening with a particle: "Le Pen" ends "Marine Le Pen") begins at the end of a
    longer entity ("Intérieur Gérard Collomb", "Facebook Jean-Luc Mélenchon"): the NER glued
    a name or a word before it. A person entity keeps its first words unless they are words
    of French (`common_word`), a name of the gazetteer or an organization of the article
    ("Marine Le Pen", "Ibrahim Boubacar Keïta" stay whole). None when no person ends it."""
    surface = text[start:end]
    for person in names.persons:
        if len(person) >= len(surface) or not surface.endswith(" " + person) \
                or person.split()[0].lower() in NAME_PARTICLES:
            continue
        head = surface[:-len(person)].strip()
        if label == "PER" and not (straight_apostrophes(head) in g.entries or head in names.others
                                   or all(common_word(w.lower()) for w in head.split())):
            continue
        return end - len(person)
    return None


# the hyphens and dashes that join the words of a compound ("femmes-hommes", "Dupond-Moretti"),
# tokens of their own
COMPOUND_JOINS = frozenset({"-", "‐", "‑", "–"})
# the prefix of a former title ("l'ex-ministre")
FORMER_PREFIX = "ex-"


def apposed_person_tail(doc, start: int, end: int, titles, common_word) -> int | None:
    """Where a person's name begins inside a longer NER entity that the parser reads as the
    apposition of a title outside the entity: "le ministre de la Justice Eric Dupond-Moretti",
    "le chef de la police de Houston Art Acevedo", "le secrétaire général de l'Otan Jens
    Stoltenberg". The title's complement ends before the name of its holder; the parser
    hangs that name on the title (`appos`), not on the complement. The name is capitalised
    words (particles and the hyphens of a compound aside) after a capitalised word, and not
    only words of French (`common_word`: "le chef du Nouveau Parti Démocratique" keeps its
    party) nor a word that opens an organization's name ("Association"). `titles`: the first
    words of the gazetteer's titles ("ministre", "secrétaire" of "secrétaire d'État"). The
    character offset where the name begins, else None (the person is then not the article's
    elsewhere, unlike glued_person_tail's)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    for tok in span[1:-1]:
        title = tok.head
        if tok.dep_ != "appos" or span.start <= title.i < span.end or not doc[tok.i - 1].is_title \
                or title.lower_.removeprefix(FORMER_PREFIX) not in titles:
            continue
        name = [t for t in doc[tok.i:span.end] if t.text not in COMPOUND_JOINS]
        if all(t.is_title or t.lower_ in NAME_PARTICLES for t in name) \
                and not all(common_word(t.lower_) for t in name) \
                and not any(fold(t.text) in organization_heads() for t in name):
            return tok.idx
    return None


# French object and reflexive clitic pronouns, written before the finite verb they go with
# ("le Conseil les encourage", "l'Union s'en félicite"); "en" and "y" aside (also a
# preposition and a place name's word).
CLITIC_PRONOUNS = frozenset({"me", "m'", "te", "t'", "se", "s'", "le", "la", "l'", "les", "lui", "leur",
                             "nous", "vous"})


def clause_in_name(doc, start: int, end: int) -> int:
    """Where a NER name ends before a clause the NER ran on into: a name holds no clitic
    pronoun in lower case followed by a finite verb ("le Conseil de sécurité les encourage",
    "l'Union européenne se félicite"). The end before the pronoun, else `end`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    for tok in span[1:-1]:
        nxt = doc[tok.i + 1]
        if straight_apostrophes(tok.text) in CLITIC_PRONOUNS and tok.pos_ == "PRON" \
                and nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm"):
            before = doc[tok.i - 1]
            return before.idx + len(before.text)
    return end


# the parts of speech of the words of grammar, which open a phrase and end no name
GRAMMATICAL_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ"})


def name_cut_short(doc, start: int, end: int, taken: list[tuple[int, int]], g: Gazetteer) -> int:
    """Where a NER name ends when the NER left out the capitalised word right after it in
    the same sentence ("le communiste Stéphane Peu" read "Stéphane" and an adverb): a word
    written with a capital inside a sentence, after one space, in no other entity nor the
    gazetteer, is the name's last word (news capitalises names, not the words around them).
    The end after that word, else `end`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return end
    nxt = doc[span.end]
    if not (nxt.is_title and nxt.is_alpha and len(nxt.text) > 1) or span[-1].whitespace_ != " " \
            or nxt.is_sent_start or not span[-1].text[:1].isupper() or not span[-1].is_alpha:
        return end
    if nxt.pos_ in GRAMMATICAL_POS:
        return end      # "- Titre Selon lui, …": a heading run into a sentence opening with a preposition
    if any(s < nxt.idx + len(nxt.text) and nxt.idx < e for s, e in taken) or nxt.text in g.entries:
        return end
    return nxt.idx + len(nxt.text)
