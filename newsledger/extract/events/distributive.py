"""A trigger noun under a distributive or free-choice determiner ("à chaque élection", "toute
poursuite", "aux différentes élections") names any or every happening of its kind, not one that
took place (data/distributive.json, with its source); so does a past participle trigger
qualifying such a noun ("tout traité signé avec X": any deal that would be signed). Read for the
event types whose option distributive_generic is set in data/event_triggers.json (elections,
legal actions and agreements: a habitual "à chaque réunion" was judged a meeting). "tout"
followed by an article ("tout le procès": the whole of one) is left alone. The free-choice
determiners alone ("toute aide accordée au pays", "toute manifestation hostile", "n'importe quelle
attaque": any happening of the kind at all) are read for the types whose option
free_choice_generic is set: not "chaque" nor "différents", which also count happenings that took
place ("à chaque manifestation", "un été marqué par différentes agressions"). With the value
"not_object" (aid, which counts when pledged), the noun that is its verb's object is left alone:
"ont offert toute aide médicale à X" pledges aid. Hook:
candidates.segment_candidates."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.words import straight_apostrophes
from newsledger.resources import data_dir

ARTICLE_AFTER_TOUT = {"le", "la", "les", "l'", "un", "une", "ce", "cet", "cette", "ces"}


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((data_dir("newsledger.extract") / "distributive.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def distributive_determiners() -> frozenset[str]:
    return frozenset(straight_apostrophes(w) for w in _data()["determiners"])


@lru_cache(maxsize=1)
def free_choice_determiners() -> frozenset[str]:
    return frozenset(straight_apostrophes(w) for w in _data()["free_choice"])


def is_distributive(head, determiners: frozenset[str] | None = None) -> bool:
    """The trigger noun has a determiner of data/distributive.json (or of `determiners`),
    "tout"/"toute" with no article after it."""
    if head.pos_ != "NOUN":
        return False
    allowed = distributive_determiners() if determiners is None else determiners
    dets = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
    for d in dets:
        low = straight_apostrophes(d.lower_)
        if low not in allowed:
            continue
        if low in ("tout", "toute") and any(o.i > d.i and o.lower_ in ARTICLE_AFTER_TOUT for o in dets):
            continue
        return True
    return False


def is_participle_of_distributive(head, determiners: frozenset[str] | None = None) -> bool:
    """A past participle qualifying, as a reduced relative, a noun under such a determiner ("tout
    accord signé avec X"): it tells what any deal of the kind would be, as the noun does."""
    noun = head.head
    return head.dep_ == "acl" and "Part" in head.morph.get("VerbForm") and noun.i != head.i \
        and noun.i < head.i and is_distributive(noun, determiners)


def is_verb_object(head) -> bool:
    """The noun is what its verb acts on: its direct object, or a complement with no preposition
    of its own the parser hung as an oblique ('avaient offert jeudi « toute aide médicale »')."""
    verb = head.head
    if verb.i == head.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    return head.dep_ == "obj" or (head.dep_.startswith("obl")
                                  and not any(c.dep_ == "case" for c in head.children))


def is_free_choice(head) -> bool:
    """The trigger noun, or the noun its participle qualifies, has a free-choice determiner
    ("toute aide", "toute manifestation hostile", "n'importe quelle attaque", "toute aide
    accordée"): any happening of its kind, none told."""
    return is_distributive(head, free_choice_determiners()) \
        or is_participle_of_distributive(head, free_choice_determiners())
