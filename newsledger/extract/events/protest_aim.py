"""A demand that is the aim of a protest: "des milliers de personnes ont défilé pour réclamer la
démission de X", "des manifestations pour dénoncer Y". What the marchers want is told by the
protest itself (eval/GUIDELINES.md: a demonstration or a march is a protest); the purpose
clause is no formal act of speech of its own, and the actors around it (the one whose
resignation is wanted, the nationality of the crowd) make no statement."""
from __future__ import annotations

from newsledger.extract.events.syntax import PURPOSE_MARKS, is_verbal, subtree_indices


def is_purpose_clause(verb) -> bool:
    """An infinitive introduced by "pour" or "afin de" that qualifies the clause above it."""
    return is_verbal(verb) and verb.dep_ in ("advcl", "acl") and verb.head.i != verb.i \
        and "Inf" in verb.morph.get("VerbForm") \
        and any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children)


def aim_of_protest(head, protest_heads) -> bool:
    """The statement trigger `head` is a purpose clause of a clause that tells a protest (a
    protest trigger in the governor's phrase, outside the purpose clause itself)."""
    if not is_purpose_clause(head):
        return False
    governor = head.head
    around = subtree_indices(governor) - subtree_indices(head)
    return any(p.i in around for p in protest_heads)
