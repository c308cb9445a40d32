"""The dead whose death a protest mourns or answers are no protesters (eval/GUIDELINES.md: a
protest's actors are its protesters and organisers). A person named only as the 'de'
complement of a noun of death (data/gathering.json death_noun: "la mort de X", "après le décès
de X", "le meurtre de X", "les obsèques de X") died before the protest, or apart from it: "des
émeutes ont éclaté après la mort de X", "des manifestants dénoncent le meurtre de X". Not when
the noun of death holds the protest in its own phrase ("la mort de X lors d'une manifestation":
X may have died protesting, and the protest is then told through his death), and never a
country (a country for protests held in it, the judging precedent of docs/audit/README.md, as
in events/protest_landmark.py). Only persons go: an organization 'dies' only figuratively.
One hook: gathering.gathered_actors, for every protest candidate."""
from __future__ import annotations

from newsledger.extract.events.syntax import DE_CASES, case_of, names_only_where, subtree_indices


def mourned_indices(head, sent, death_nouns) -> set[int]:
    """Token indices of the 'de' complements of the nouns of death of the segment whose phrase
    does not hold the protest `head`."""
    out: set[int] = set()
    for t in sent:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in death_nouns or head.i in subtree_indices(t):
            continue
        for c in t.children:
            if c.dep_ == "nmod" and case_of(c) in DE_CASES:
                out |= set(subtree_indices(c))
    return out


def mourned_names(head, sent, actors: dict[str, str], mention_tokens, death_nouns) -> set[str]:
    """The persons among the actors of the protest `head` named in the segment only as someone
    whose death is told outside the protest's phrase (see the module's docstring)."""
    dead = mourned_indices(head, sent, death_nouns)
    if not dead:
        return set()
    return names_only_where(sent, mention_tokens,
                            lambda t, m: t.i in dead and m.actor_type == "person", actors)
