"""Titles around person names: a name the NER missed after a title ("le ministre japonais
des Affaires étrangères Kamikawa"), the role a title gives a person, and the state it names."""
from __future__ import annotations

import re

from newsledger.records import Sentence
from newsledger.extract.tries import word_trie
from newsledger.extract.actors.candidates import Cand, SentenceIndex
from newsledger.extract.actors.components import TITLE_ROLE_SPANS, TITLED_SPANS, actor_spans
from newsledger.extract.actors.gazetteer import Gazetteer
from newsledger.extract.actors.names import NOT_NAMES, fold
from newsledger.extract.words import DEFINITE_ARTICLES, elided, straight_apostrophes


NAME_ARTICLES = frozenset(a.capitalize() for a in DEFINITE_ARTICLES if not elided(a))   # "le candidat Les Verts"


def titled_person_cands(doc, g: Gazetteer) -> list[Cand]:
    """"le ministre japonais des Affaires étrangères Kamikawa", "le Premier pakistanais X":
    a title (or a noun and a nationality adjective), then a capitalised name the NER may
    have missed (doc.spans written by the titles component); the title is its role."""
    out = []
    names, roles = actor_spans(doc, TITLED_SPANS), actor_spans(doc, TITLE_ROLE_SPANS)
    for span, role in zip(names, roles):
        name = span.text
        if any(w in g.entries or fold(w) in NOT_NAMES for w in name.split()) or name.split()[0] in NAME_ARTICLES:
            continue
        out.append(Cand(span.start_char, span.end_char, "person", name, "rule", "titled", role=role.text))
    return out


def role_regexes(g: Gazetteer) -> tuple[re.Pattern, re.Pattern]:
    """A title before a name ("le ministre russe des Affaires étrangères(,) Sergueï Lavrov");
    a title in apposition after it ("Kim Gunn, l'envoyé sud-coréen,").
    The titles are a character trie (word_trie): the title ends with a letter, so the
    role captured is the same whichever title that fits is tried first."""
    titles = word_trie(g.titles)
    return (re.compile(rf"(?<!\w)((?:ex-|ancien |ancienne |nouveau |nouvelle )?(?:{titles})(?![\w-])"
                       rf"[^.;:!?\"«»()]{{0,110}}?)[, ]*$", re.IGNORECASE),
            re.compile(rf",\s*(?:l'|le |la |un |une |son |sa )?((?:ex-|ancien |ancienne )?(?:{titles})"
                       rf"(?![\w-])[^,.;:!?\"«»()]*)", re.IGNORECASE))


VERB_OR_LINK = re.compile(r"\b(?:a|ont|est|sont|avait|selon|et)\b")


def person_role(text: str, c: Cand, sentences: list[Sentence], g: Gazetteer,
                index: SentenceIndex | None = None) -> str | None:
    """`index`: SentenceIndex(sentences), when the caller has built it for the article."""
    sent = (SentenceIndex(sentences) if index is None else index).sentence_at(c.start)
    lo = sent.start if sent else max(0, c.start - 150)
    hi = sent.end if sent else min(len(text), c.end + 150)
    before = straight_apostrophes(text[lo:c.start])
    title_before, title_after = g.memo("roles", lambda: role_regexes(g))
    # "le ministre russe des Affaires étrangères(,) Sergueï Lavrov"
    m = title_before.search(before)
    if m and not VERB_OR_LINK.search(m.group(1).split(",")[0][len(m.group(1).split()[0]):]):
        role = m.group(1).strip(" ,")
        if role.count(",") <= 1:
            return role.split(",")[0].strip() or None
    # "Kim Gunn, l'envoyé sud-coréen,"
    after = straight_apostrophes(text[c.end:hi])
    m = title_after.match(after)
    if m:
        return m.group(1).strip() or None
    return None


ROLE_COMPLEMENT = re.compile(r"\S+(?: \S+)? (?:de la |de l'|des |du |de )(.+)")


def role_country(role: str, g: Gazetteer) -> str | None:
    """The state a title names: "ministre russe ...", "vice-ministre russe", "président des
    Etats-Unis"; not a place further in the role ("chercheur à l'université X de Séoul")."""
    words = straight_apostrophes(role).split()
    for w in words[:3]:
        if w.lower().strip(",") in g.demonyms:
            return g.demonyms[w.lower().strip(",")]
    m = ROLE_COMPLEMENT.match(straight_apostrophes(role))
    if m:
        head = g.regex.match(m.group(1))
        if head and g.entries[head.group(0)].kind == "country":
            return g.entries[head.group(0)].key
    return None
