"""A world war is fought by states and their armed forces. "La Seconde Guerre mondiale" names a
war between states (Le Petit Robert, guerre mondiale: a war that involves most of the world's
states); a person, a newspaper, a party or a company named beside it in the sentence speaks of
it, interviews someone about it or dates something by it ("X a parlé de la Première Guerre
mondiale", "son entretien à Y ... la Seconde Guerre mondiale"): no party to it (eval/GUIDELINES.md:
an attack's actors take part in it). Only countries, and organizations whose name holds a word
of the armed (contexts.military, contexts.armed_body: "Armée rouge", "Forces d'autodéfense"),
stay its actors; a world war left with none is no event of the article's actors.
Hook: candidates.segment_candidates, for attack triggers."""
from __future__ import annotations

import re

from newsledger.extract.words import straight_apostrophes

# the adjective by which a war is a world war ("la Première Guerre mondiale", "les deux guerres
# mondiales"); its lemma as the tagger gives it
WORLD = {"mondial", "mondiale"}
ARMED_SETS = ("military", "armed_body")


def is_world_war(head) -> bool:
    """The trigger noun 'guerre' qualified by 'mondial(e)'."""
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ in ("guerre", "guerres") and any(
        c.dep_ == "amod" and (c.lemma_.lower() in WORLD or c.lower_.rstrip("s") in WORLD)
        for c in head.children)


def is_armed_name(name: str, armed) -> bool:
    """A name holding a word of the armed ("Armée rouge", "Forces d'autodéfense")."""
    for word in re.split(r"[\s'()]+", straight_apostrophes(name.lower())):
        if word in armed or word.rstrip("sx") in armed:
            return True
    return False


def belligerents(head, actors: dict[str, str], by_sentence, lex) -> dict[str, str]:
    """The actors of a world war (is_world_war) that can be its parties: countries and armed
    organizations; the others are dropped. Other triggers: `actors` unchanged."""
    if not actors or not is_world_war(head):
        return actors
    types: dict[str, set[str]] = {}
    for ms in by_sentence.values():
        for m in ms:
            types.setdefault(m.canonical_name, set()).add(m.actor_type)
    armed = frozenset().union(*(lex.contexts.get(n, frozenset()) for n in ARMED_SETS))
    return {n: r for n, r in actors.items()
            if "country" in types.get(n, ()) or (
                "organization" in types.get(n, ()) and is_armed_name(n, armed))}
