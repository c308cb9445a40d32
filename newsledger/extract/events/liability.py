"""A penalty or a proceeding one incurs or is liable to is no happening.

"X encourt dix ans d'emprisonnement", "X risque dix ans d'emprisonnement", "un délit passible
d'un an d'emprisonnement", "passible de poursuites": the trigger names the penalty the law sets
for an offence, not one passed on anyone (data/irreality.json liability: the verbs of incurring
and the adjective of being liable; TLFi s.v. encourir, passible). The trigger is the direct
object of such a verb or the "de" complement of the adjective, itself or through the nouns that
measure the penalty (data/irreality.json penalty_measure: "dix ans d'", "plusieurs dizaines
d'années d'", "une peine d'"). Two parses are read as the shape they misplace: the complement
of "passible" hung on the noun the adjective qualifies ("une accusation passible de dix ans de
prison": "ans" an nmod of "accusation"), and a noun hung on the adjective placed before it that
took its determiner ("risque une triple mise en examen": "mise" an acl of "triple").
Hook: reference.irrealis.
"""
from __future__ import annotations

from newsledger.extract.events.syntax import DE_CASES, case_of, forms


def stands_for_noun(tok):
    """The noun a prenominal adjective took the place of in the parse ("une triple mise en
    examen": the adjective carries the determiner and the noun hangs on it as acl): that
    adjective; else the token itself."""
    head = tok.head
    if tok.pos_ == "NOUN" and tok.dep_ in ("acl", "nmod") and head.pos_ == "ADJ" \
            and head.i < tok.i and any(c.dep_ == "det" for c in head.children):
        return head
    return tok


def measured_penalty(tok, measures: frozenset[str]):
    """The noun that measures the penalty `tok` names, going up its "de" complements ("dix ans
    d'emprisonnement", "plusieurs dizaines d'années d'emprisonnement"); `tok` when none does."""
    cur = tok
    for _ in range(3):
        gov = cur.head
        if cur.dep_ == "nmod" and case_of(cur) in DE_CASES and gov.i != cur.i \
                and gov.pos_ == "NOUN" and forms(gov) & measures:
            cur = gov
        else:
            break
    return cur


def liable_adjective(noun, liability: frozenset[str]) -> bool:
    """`noun` is the "de" complement of an adjective of liability ("passible de poursuites"),
    or of the noun that adjective qualifies when it comes between them (the parse hangs
    "une accusation passible de dix ans" on "accusation")."""
    if case_of(noun) not in DE_CASES:
        return False
    gov = noun.head
    if gov.pos_ == "ADJ" and forms(gov) & liability:
        return True
    return gov.pos_ == "NOUN" and any(c.dep_ == "amod" and c.pos_ == "ADJ" and forms(c) & liability
                                      and gov.i < c.i < noun.i for c in gov.children)


def is_liable_to(head, liability: frozenset[str], measures: frozenset[str]) -> bool:
    """A trigger noun naming the penalty or the proceeding that someone incurs or is liable to:
    the direct object of a verb of liability ("encourt dix ans d'emprisonnement", "risque une
    triple mise en examen") or the "de" complement of its adjective ("passible de poursuites"),
    itself or through the nouns that measure it."""
    if head.pos_ != "NOUN":
        return False
    noun = measured_penalty(stands_for_noun(head), measures)
    if noun.dep_ == "obj" and noun.head.pos_ == "VERB" and forms(noun.head) & liability:
        return True
    return liable_adjective(noun, liability)
