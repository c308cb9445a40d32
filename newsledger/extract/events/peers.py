"""Actors set beside the one a clause tells of: "Après la Chine, la France a dénoncé les
essais", "Comme le Japon, la Corée du Sud a protesté", "à l'instar de l'Allemagne",
"contrairement à la Russie". The peer did (or did not do) the same thing on its own account:
it is neither the source nor the target of this event, and the sentence's other events do not
sweep it up as a participant.

A peer phrase is an adjunct of a verb whose head is an actor's name, opened by a preposition of
comparison or precedence (words.COMPARISON_PREPOSITIONS: "comme", "après", "avant"; "comme"
may also be parsed as a marker of the verb just before the name), or a name hung on the head of
a locution of comparison (words.COMPARISON_HEADS: "à l'instar de X", "contrairement à X").
"Comme" counts only before its verb: after it, as on a noun, it most often introduces examples
("des pays comme la France ont condamné", "a reçu des patrons, comme ceux de Nokia"), which
take part, and are left alone.
"""
from __future__ import annotations

from newsledger.extract.events.syntax import case_of, forms, is_verbal, subtree_indices
from newsledger.extract.words import COMPARISON_HEADS, COMPARISON_PREPOSITIONS

ADJUNCT_DEPS = ("obl", "obl:mod")


def opens_comparison(tok) -> bool:
    """`tok`, an adjunct of its verb, is opened by a preposition of comparison or precedence:
    its own ("après le Japon") or a marker of the verb right before it ("Comme le Japon");
    "comme" only before the verb."""
    opener = case_of(tok)
    if opener is None and tok.left_edge.i > 0:
        marker = tok.doc[tok.left_edge.i - 1]
        if marker.dep_ == "mark" and marker.head.i == tok.head.i:
            opener = marker.lower_
    if opener not in COMPARISON_PREPOSITIONS:
        return False
    return opener != "comme" or tok.i < tok.head.i


def is_peer(tok) -> bool:
    """`tok` heads a peer phrase (module docstring)."""
    gov = tok.head
    if gov.i == tok.i:
        return False
    if forms(gov) & COMPARISON_HEADS:
        return True
    return tok.dep_ in ADJUNCT_DEPS and is_verbal(gov) and opens_comparison(tok)


def phrase_indices(tok) -> set[int]:
    """The tokens of the peer phrase headed by `tok`, up to its first comma: the parser may hang
    the clause's subject after it ("Après X et Y, le Laos a condamné": "Laos" in apposition
    to Y)."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    comma = next((t.i for t in tok.doc[start:end] if t.text == ","), end)
    return set(range(start, comma))


def peer_indices(sent, head, mention_tokens) -> set[int]:
    """Tokens of the sentence's peer phrases headed by an actor's name, but not of the one that
    holds the trigger `head` ("après sa rencontre avec X": X takes part in the meeting)."""
    out: set[int] = set()
    for tok in sent:
        if tok.i in mention_tokens and is_peer(tok) and head.i not in subtree_indices(tok):
            out |= phrase_indices(tok)
    return out
