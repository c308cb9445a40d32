"""A happening named only as a landmark of time or place for another clause: "avant la
grève", "quelques jours après l'attentat", "au-delà de la présidentielle", "à la veille de
l'élection", "le jour de l'attentat", "sur le site de l'armistice". The people named in that
clause are not in the happening by being named beside it: only its own complements
("l'attentat du Hamas") name its actors (data/landmarks.json)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.events.syntax import POSSESSIVES, is_verbal, straight_apostrophes
from newsledger.resources import data_dir

LANDMARKS_PATH = data_dir("newsledger.extract") / "landmarks.json"
ORDINALS = {"premier", "première", "dernier", "dernière", "second", "seconde"}


@dataclass(frozen=True)
class LandmarkWords:
    markers: frozenset[str]        # prepositions of time before or after: "avant", "depuis"
    nouns: frozenset[str]          # nouns of a point in time or of a place: "veille", "site"
    time_nouns: frozenset[str]     # nouns of a unit of time: "jour", "semaine"
    sweep_types: frozenset[str]    # event types whose landmark keeps the names beside it
    attended_types: frozenset[str]  # event types whose landmark may take its clause's titled subject
    limits: frozenset[str]         # prepositions of the end of a duration: "jusqu'"


@lru_cache(maxsize=1)
def landmark_words() -> LandmarkWords:
    data = json.loads(LANDMARKS_PATH.read_text(encoding="utf-8"))
    markers = set(data["before_after"])
    nouns = set(data["landmark_nouns"])
    return LandmarkWords(frozenset(straight_apostrophes(w) for w in markers), frozenset(nouns),
                         frozenset(data["time_nouns"]), frozenset(data["sweep_types"]),
                         frozenset(data["attended_types"]),
                         frozenset(straight_apostrophes(w) for w in data["limit_markers"]))


def is_ordinal(tok) -> bool:
    """"quatrième", "4e", "4ème", "premier"."""
    low = tok.lower_
    return low in ORDINALS or low.endswith("ième") or (
        low.endswith(("e", "ème", "er", "re")) and low.rstrip("eèmr").isdigit())


def is_time_landmark(noun, case: str | None) -> bool:
    """A unit of time completed by a happening: "le jour de l'élection", "à deux mois du
    scrutin"; not an ordinal or a length of time inside it ("au quatrième jour du sommet",
    "trois nuits d'émeutes", "après des mois de négociations")."""
    if any(is_ordinal(c) for c in noun.children if c.dep_ in ("amod", "nummod", "det")):
        return False
    counted = "Plur" in noun.morph.get("Number") or any(
        c.dep_ == "nummod" or c.like_num for c in noun.children)
    return not counted or case in ("à", "au")


def case_words(tok) -> set[str]:
    """The prepositions of a noun phrase: its case words and the word right before it ("lors"
    of "lors de", "au-delà" of "au-delà de", which the parser attaches elsewhere)."""
    words = {straight_apostrophes(c.lower_) for c in tok.children if c.dep_ == "case"}
    left = tok.left_edge.i
    if left > tok.sent.start:
        words.add(straight_apostrophes(tok.doc[left - 1].lower_))
    return words


def is_landmark(head) -> bool:
    """A trigger noun introduced by a preposition of time ("avant", "après", "depuis",
    "jusqu'à", "au-delà de"), or the complement of a noun of a point in time or of a place
    ("la veille de", "le site de", "le jour de"); not one with a possessive ("après sa
    rencontre avec X": its possessor is often named beside it) or a relative clause ("après
    les consultations qu'il mène": the clause tells who takes part)."""
    if is_verbal(head) or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("det", "nmod:poss") and c.lower_ in POSSESSIVES or c.dep_ == "acl:relcl"
           for c in head.children):
        return False                              # "après les consultations qu'il mène"
    words = landmark_words()
    if case_words(head) & words.markers:
        return True
    governor = head.head
    if head.dep_ != "nmod" or governor.pos_ != "NOUN" or governor.i == head.i:
        return False
    lemma = governor.lemma_.lower()
    if lemma in words.nouns:
        return True
    return lemma in words.time_nouns and is_time_landmark(governor, next(
        (straight_apostrophes(c.lower_) for c in governor.children if c.dep_ == "case"), None))


def opens_landmark(phrase) -> bool:
    """The phrase `phrase` (a dependent of a clause's verb, holding a happening) is a landmark
    of time or place for that clause: opened by a preposition of time ("après une attaque",
    "après un été marqué par des agressions", "depuis l'attentat"), or headed by a noun of a
    point in time or of a place ("au lendemain de l'attentat", "sur le site de l'attaque")."""
    if not phrase.dep_.startswith(("obl", "advcl", "nmod")):
        return False
    words = landmark_words()
    own = {straight_apostrophes(c.lower_) for c in phrase.children if c.dep_ == "case"}
    return bool(own & words.markers) or (not is_verbal(phrase) and phrase.lemma_.lower() in words.nouns)


def is_limit(head) -> bool:
    """A landmark (is_landmark) that ends the duration its clause tells: introduced by "jusqu'à"
    ("il reste en poste jusqu'au prochain scrutin"), or the complement of a noun of time so
    introduced ("jusqu'au jour du scrutin"). The clause's people are not in it, even for the
    types whose landmark keeps the names beside it (an election: "avant l'élection, X..." is
    mostly told of its candidates, "X restera jusqu'à l'élection" of one who holds a post); not
    "jusqu'à après l'élection", a time after it."""
    if not is_landmark(head):
        return False
    words = landmark_words()
    limits = words.limits
    own = case_words(head)
    if own & limits:                          # not "jusqu'à après l'élection": after it
        return not own & (words.markers - limits)
    governor = head.head
    return head.dep_ == "nmod" and governor.pos_ == "NOUN" and governor.i != head.i \
        and bool(case_words(governor) & limits)
