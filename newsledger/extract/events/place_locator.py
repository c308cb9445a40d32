"""A state or region written in parentheses after a place name only says where that place is
("à Minneapolis (Etats-Unis)", "la cour d'appel de Basse-Terre (Guadeloupe)"): the press
convention that locates a town for the reader. The name in parentheses is part of a location,
no actor of the happening (guidelines: a city, region or site that is only a place is a
location, not an actor)."""
from __future__ import annotations

PLACE_ENTITIES = ("LOC", "GPE")
OPENING, CLOSING = "(", ")"


def is_place_name(tok) -> bool:
    """A proper noun the tagger reads as part of a place entity."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in PLACE_ENTITIES


def locator_indices(sent, mention_tokens) -> set[int]:
    """Tokens of the names written alone in parentheses right after a place name: a country's
    mention, or a place entity."""
    doc = sent.doc
    out: set[int] = set()
    for tok in sent:
        if tok.text != OPENING or tok.i == sent.start or not is_place_name(doc[tok.i - 1]):
            continue
        close = next((t.i for t in doc[tok.i + 1:min(sent.end, tok.i + 6)] if t.text == CLOSING), None)
        if close is None or close == tok.i + 1:
            continue
        inside = range(tok.i + 1, close)
        named = all(i in mention_tokens for i in inside)
        country = named and all(any(m.actor_type == "country" for m in mention_tokens[i]) for i in inside)
        place = all(doc[i].ent_type_ in PLACE_ENTITIES for i in inside)
        if named and (country or place):
            out |= set(inside)
    return out
