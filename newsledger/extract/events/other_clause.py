"""Who says or thinks a clause with a subject of its own takes no part in its happening (one
hook in participants.collect_actors, for aid, agreements and sanctions).

The actors of these types are swept from the whole sentence, so the subject of a verb whose
complement clause ("que ...") holds the trigger was listed: "l'organisation affirme que des
millions de personnes dépendent de l'aide", "la ministre a annoncé que l'aide permettrait...".
The clause has a subject of its own, a noun: the happening is that clause's, and the one above
only tells, thinks, asks or fears it. legal.reporters takes out the tellers of a legal action or
an attack through verbs of reporting, with the exceptions those types need (a state announcing
its own soldiers killed in an attack takes part: tests/test_event_attack_commentary.py); this
reads the parse only, whatever the verb, for the types legal.reporters leaves alone. Its
subject is kept from the sweep (it may still take part through the trigger's own syntax),
unless:
- the clause holds a personal pronoun or a possessive of the third person, which may take it up
  ("X a annoncé que son pays avait signé un accord", "X attend que les juges décident dans
  l'enquête sur ses comptes");
- the clause's subject is a pronoun ("X a annoncé qu'il allait porter plainte");
- the clause is an incise or a quote beside the verb (parataxis: "« X est mort », a déclaré Y").
The trigger's own clause is found through the verbs that share their governor's subject (an
infinitive, a participle or a gerund as an adverbial or a complement, a conjoined verb), as
syntax.speaking_clause does."""
from __future__ import annotations

from newsledger.extract.events.syntax import (PASSIVE_SUBJECT_DEPS, QUE_FORMS, REFLEXIVE, SUBJECT_DEPS,
                                             is_infinitive, is_verbal, subtree_indices)

TYPES = frozenset({"aid", "agreement", "sanction"})   # legal actions and attacks: legal.reporters
SHARING_DEPS = ("advcl", "xcomp", "acl")
ALL_SUBJECT_DEPS = SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS


def subjects_of(verb) -> list:
    return [c for c in verb.children if c.dep_ in ALL_SUBJECT_DEPS]


def shares_subject(verb) -> bool:
    """A verb with no subject of its own that shares its governor's: a conjoined verb, or an
    infinitive, a participle or a gerund hung on a verb as an adverbial or a complement."""
    if subjects_of(verb) or verb.head.i == verb.i or not is_verbal(verb.head):
        return False
    if verb.dep_ == "conj":
        return True
    nonfinite = is_infinitive(verb) or bool(set(verb.morph.get("VerbForm")) & {"Part", "Ger"})
    return verb.dep_ in SHARING_DEPS and nonfinite


def own_clause(head):
    """The verb of the clause that holds `head` and gives it a subject, or None."""
    cur = head
    while not is_verbal(cur):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    while shares_subject(cur):
        cur = cur.head
    return cur


def is_complement_clause(clause) -> bool:
    """A clause complement of its verb ("affirme que ..."), or one the parser hung as an
    adverbial with "que" as its mark."""
    if clause.dep_ == "ccomp":
        return True
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in QUE_FORMS for c in clause.children)


def takes_up(tok) -> bool:
    """A personal pronoun (not a reflexive, not "on") or a possessive of the third person."""
    if tok.pos_ == "PRON" and tok.lower_ not in REFLEXIVE and tok.lower_ != "on":
        return "3" in tok.morph.get("Person") and "Prs" in tok.morph.get("PronType")
    return tok.dep_ in ("det", "nmod:poss") and "Yes" in tok.morph.get("Poss") \
        and tok.morph.get("Person") in ([], ["3"])


def teller_subjects(head, etype: str | None) -> set[int]:
    """Tokens of the subject of the verb whose complement clause holds the trigger `head` (see
    the module's docstring); none for the other types."""
    if etype not in TYPES:
        return set()
    clause = own_clause(head)
    if clause is None or clause.head.i == clause.i or not is_verbal(clause.head) \
            or not is_complement_clause(clause):
        return set()
    own = subjects_of(clause)
    if not own or any(c.pos_ == "PRON" for c in own) or any(takes_up(t) for t in clause.subtree):
        return set()
    mine = subtree_indices(head)
    out: set[int] = set()
    for c in subjects_of(clause.head):
        if head.i not in subtree_indices(c):
            out |= subtree_indices(c) - mine
    return out
