"""An evacuation that clears a place, not a rescue: eval/GUIDELINES.md counts as aid a rescue or
evacuation operation, in which people in danger are brought to safety. 'Évacuer' and
'évacuation' also name the clearing of a building or a camp: what is evacuated is then the
place itself (contexts.premises: "l'évacuation des locaux", "évacuer l'immeuble", "l'évacuation
du campement"), or the people are made to leave by the forces of order (contexts.order_force,
"les forces de l'ordre", "le service d'ordre": "évacués par la police", "la police a ordonné
l'évacuation"), an eviction or a removal. General French usage (TLFi, s.v. évacuer: "faire
sortir les occupants d'un lieu", "évacuer une salle")."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import DE_CASES, case_of, forms, is_verbal

AGENT_CASES = frozenset({"par"})
# the nouns whose "de" complement "ordre" makes a force of order: "les forces de l'ordre",
# "le service d'ordre"
ORDER_HEADS = frozenset({"force", "forces", "service"})


def is_order_force(noun, lex: Lexicon) -> bool:
    """A police word (contexts.order_force) or "forces de l'ordre", "forces de police", "service
    d'ordre"."""
    if forms(noun) & lex.contexts.get("order_force", frozenset()):
        return True
    forces = lex.contexts.get("order_force", frozenset()) | {"ordre"}
    return bool(forms(noun) & ORDER_HEADS) and any(     # "forces de l'ordre", "forces de police"
        c.dep_ == "nmod" and case_of(c) in DE_CASES and forms(c) & forces for c in noun.children)


def evacuated(tok) -> list:
    """What the trigger evacuates: a verb's direct object or passive subject, a noun's "de"
    complement."""
    if is_verbal(tok):
        return [c for c in tok.children if c.dep_ in ("obj", "nsubj:pass")]
    return [c for c in tok.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]


def clears_a_place(tok, lex: Lexicon) -> bool:
    """What is evacuated is a building, premises or a camp (contexts.premises)."""
    premises = lex.contexts.get("premises", frozenset())
    return any(forms(c) & premises for c in evacuated(tok))


def by_order_forces(tok, lex: Lexicon) -> bool:
    """The evacuation is done by the forces of order ("évacués par la police", "l'évacuation par
    les forces de l'ordre") or ordered by them: the subject of the verb whose object the noun is
    ("la police a ordonné l'évacuation", "les forces de l'ordre ont procédé à l'évacuation")."""
    if any(c.dep_.startswith("obl") or c.dep_ == "nmod" for c in tok.children
           if case_of(c) in AGENT_CASES and is_order_force(c, lex)):
        return True
    if not is_verbal(tok) and tok.dep_ in ("obj", "obl:arg") and tok.head.i != tok.i:
        return any(c.dep_ == "nsubj" and is_order_force(c, lex) for c in subjects_of(tok.head))
    return False


def subjects_of(verb) -> list:
    """The verb's subjects, or for a coordinated verb with none of its own those of the verb it
    is coordinated with ("la police est entrée et a ordonné l'évacuation")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or verb.dep_ != "conj" or verb.head.i == verb.i:
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def clears_not_rescues(tok, lex: Lexicon) -> bool:
    """An evacuation that is the clearing of a place or a removal by the forces of order."""
    return clears_a_place(tok, lex) or by_order_forces(tok, lex)
