"""Candidates made into ActorMention records: canonical name, country code (of a country,
an organization or a person's role) and role, shared by every mention of a person."""
from __future__ import annotations

import re

from newsledger.records import ActorMention, Sentence
from newsledger.extract.actors.candidates import Cand, SentenceIndex
from newsledger.extract.actors.gazetteer import Gazetteer
from newsledger.extract.actors.names import normalize_actor_name, normalize_person_name
from newsledger.extract.actors.roles import person_role, role_country
from newsledger.extract.words import DEFINITE_ARTICLES, straight_apostrophes


def to_mentions(cands: list[Cand], text: str, sentences: list[Sentence], g: Gazetteer) -> list[ActorMention]:
    out = []
    index = SentenceIndex(sentences)
    for c in cands:
        if c.kind == "country":
            name, code = g.country_names.get(c.key, c.key), c.key
        elif c.kind == "organization":
            # a gazetteer's canonical name is written as its data file has it, article
            # included ("Les Républicains", "La France insoumise": the party's own name)
            name = c.key if c.key in g.org_country else normalize_actor_name(c.key)
            code = c.code or org_code(c, text, g)
        else:
            name, code = normalize_person_name(c.key), None
        role = None
        if c.kind == "person":
            role = person_role(text, c, sentences, g, index) or c.role
            code = role_country(role, g) if role else None
        if not meaningful(name):
            continue
        out.append(ActorMention(text[c.start:c.end], name, c.kind, code,
                                index.index_of(c.start), c.start, c.end, role, c.reporter))
    share_person_attributes(out)
    return out


ARTICLE_WORDS = frozenset(a.rstrip("'") for a in DEFINITE_ARTICLES)


def meaningful(name: str) -> bool:
    """A name of more than one letter that is not an article ("L" of "L'Obs", "La")."""
    return len(name) > 1 and name.lower() not in ARTICLE_WORDS


def share_person_attributes(mentions: list[ActorMention]) -> None:
    """Every mention of a person carries the role and country first given for it."""
    first: dict[str, tuple[str | None, str | None]] = {}
    for m in mentions:
        if m.actor_type == "person":
            role, code = first.get(m.canonical_name, (None, None))
            first[m.canonical_name] = (role or m.role, code or m.country_code)
    for m in mentions:
        if m.actor_type == "person":
            m.role, m.country_code = first[m.canonical_name]


DEMONYM_AFTER = re.compile(r"\s+([\w-]+)")


def org_code(c: Cand, text: str, g: Gazetteer) -> str | None:
    surface = text[c.start:c.end]
    m = g.demonym_regex.search(surface)
    if m:
        return g.demonyms.get(m.group(0).lower())
    after = DEMONYM_AFTER.match(text[c.end:c.end + 30])
    if after and after.group(1).lower() in g.demonyms:
        return g.demonyms[after.group(1).lower()]
    for m in g.regex.finditer(straight_apostrophes(surface)):
        e = g.entries[m.group(0)]
        if e.kind == "country":
            return e.key
    return None
