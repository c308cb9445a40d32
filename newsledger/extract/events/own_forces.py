"""A state that tells of an attack on or by its own forces is a party to it (eval/GUIDELINES.md:
an attack's actors are its attacker and its target; "La Serbie a annoncé que deux soldats
avaient été tués dans une attaque", "X a affirmé que l'armée avait frappé un dépôt": the
soldiers, the army that no other name qualifies, are the speaking state's). A guard of
events/commentary.without_speakers for attacks: the speaker named as a country stays when the
sentence holds, outside the speaker's own phrase, a word of armed forces (the words both of the
military context of data/event_triggers.json and of the state's agents of data/bystanders.json:
"armée", "soldat", "troupe", "force", "marine", "aviation") whose phrase names no actor: a
force qualified by a name or a nationality adjective ("des soldats maliens", "l'armée du Front
du Nord") is that actor's, not the speaker's."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.events.bystanders import bystander_words
from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.syntax import forms, subtree_indices


@lru_cache(maxsize=1)
def force_words() -> frozenset[str]:
    """The nouns of a state's armed forces: military words that are state agents."""
    return load_lexicon().contexts.get("military", frozenset()) & bystander_words().state_agents


def unnamed_forces(sent, mention_tokens) -> bool:
    """The segment holds a word of armed forces (force_words) whose phrase names no actor."""
    words = force_words()
    return any(t.pos_ == "NOUN" and forms(t) & words
               and not any(i in mention_tokens for i in subtree_indices(t)) for t in sent)


def own_force_tellers(away: set[str], sent, mention_tokens) -> set[str]:
    """The names of `away` (speakers of an attack) that are countries and may tell of their own
    forces (unnamed_forces): they stay parties."""
    states = {m.canonical_name for t in sent for m in mention_tokens.get(t.i, ())
              if m.actor_type == "country" and m.canonical_name in away}
    if not states or not unnamed_forces(sent, mention_tokens):
        return set()
    return states
