"""A meeting noun in the locution "à la rencontre de" (aller, partir, venir à la rencontre de
quelqu'un: to go toward someone, Le Petit Robert, s.v. rencontre) whose "de" complement names
no actor, only a population or a kind of people ("partir à la rencontre des Français", "aller à
la rencontre des habitants", "des électeurs"): the going among the public of a campaign or a
walkabout, no meeting between actors (eval/GUIDELINES.md, meeting: a meeting, talks, a
visit). A nationality word there names a people, not its state. The meeting stays when the
complement names an actor ("à la rencontre du ministre X") or the holders of an office
(contexts.person_role: "à la rencontre de ses homologues"), or is a time ("la rencontre de
samedi"), and when the outing is a particular one, told with a day or a named place of its own
("ira mercredi à la rencontre des habitants", "à la rencontre des Français à Lyon"): a visit
paid, as the guidelines count it, where the undated, placeless locution tells a habit, an
intention or a campaign's style ("part parfois à la rencontre des Français", "continuer sa
campagne et aller à la rencontre des Français")."""
from __future__ import annotations

from newsledger.extract.events.bystanders import is_nationality
from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import DE_CASES, case_of, forms, is_verbal
from newsledger.extract.words import MONTHS, TIME_NOUNS, WEEKDAYS

# the words by which the complement is the meeting's time ("la rencontre de samedi")
TIMES = TIME_NOUNS | frozenset(WEEKDAYS) | frozenset(MONTHS)
# the words of a particular day
DAYS = frozenset(WEEKDAYS) | frozenset(MONTHS)

# the relations by which a day or a place completes the outing (its verb or the noun itself)
OUTING_DEPS = ("obl", "obl:mod", "nmod")
# the entity labels of a named place
PLACE_LABELS = ("LOC", "GPE")
# the relations by which the verb of the locution completes the verbs above it ("va aller")
COMPLETING_DEPS = ("xcomp",)

# the case and the definite article of the locution "à la rencontre de"
TOWARD_CASES = {"à"}
TOWARD_ARTICLES = {"la"}


def in_toward_locution(noun) -> bool:
    """The noun follows "à la" with no other determiner ("à la rencontre de")."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    return noun.pos_ == "NOUN" and case_of(noun) in TOWARD_CASES \
        and len(dets) == 1 and dets[0].lower_ in TOWARD_ARTICLES and dets[0].i < noun.i


def names_an_actor(phrase, mention_tokens) -> bool:
    """A word of the phrase is a mention of an actor not written as a nationality word."""
    return any(not is_nationality(m.surface) for t in phrase.subtree for m in mention_tokens.get(t.i, ()))


def names_a_day_or_place(phrase) -> bool:
    """A word of the phrase is a day of the week, a month or a year, or a named place."""
    return any(t.lower_ in DAYS or (len(t.text) == 4 and t.text.isdigit())
               or (t.pos_ == "PROPN" and t.ent_type_ in PLACE_LABELS) for t in phrase.subtree)


def is_particular_outing(noun, met) -> bool:
    """The locution, its verb or a verb that verb completes ("va aller") has a complement,
    other than the people met, with a day or a named place (see the module)."""
    holders = [noun]
    cur = noun.head if noun.head.i != noun.i and is_verbal(noun.head) else None
    while cur is not None:
        holders.append(cur)
        cur = cur.head if cur.dep_ in COMPLETING_DEPS and cur.head.i != cur.i else None
    skip = {c.i for c in met}
    return any(c.dep_ in OUTING_DEPS and c.i not in skip and c.i != noun.i and names_a_day_or_place(c)
               for h in holders for c in h.children)


def goes_among_people(noun, lex: Lexicon, mention_tokens=None) -> bool:
    """See the module: the noun is in "à la rencontre de", its "de" complement names no actor,
    no office and no time, and the outing has no day or named place of its own."""
    if not in_toward_locution(noun):
        return False
    met = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    if not met:
        return False
    roles = lex.contexts.get("person_role", frozenset())
    if is_particular_outing(noun, met):
        return False
    return not any(names_an_actor(c, mention_tokens or {}) or forms(c) & roles or forms(c) & TIMES
                   for c in met)
