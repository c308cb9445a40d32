"""A verb of questioning or arresting told in the passive with no agent and no topic: an arrest.

French "interpeller" is to question someone (an MP questions a minister, a passer-by accosts a
president) or, in police usage, to stop and hold someone (general French usage). The questioning
sense names who questions (an agent, "interpellé par un député", read by legal.questioned and
events/accosted.py) or what about ("sur la réforme", "au sujet de", "à propos de"); the passive
with neither, done to a person named as its subject ("X a été interpellé lundi à Lyon", "trois
militants, dont X, ont été interpellés"), is the police's usage, whose doer goes unsaid. Option
`or_unagented_passive` of data/event_triggers.json: the sentence then needs no word of a court or
the police."""
from __future__ import annotations

from newsledger.extract.events.syntax import (PASSIVE_SUBJECT_DEPS, PREPOSITIONAL_DEPS, SUBJECT_DEPS, case_of,
                                             forms, is_adjectival_passive, is_passive, shares_passive)

TOPIC_CASES = frozenset({"sur"})                  # "interpellé sur la réforme"
TOPIC_NOUNS = frozenset({"sujet", "propos"})      # "au sujet de", "à propos de"


def has_topic(verb) -> bool:
    """A complement telling what the questioning is about."""
    for c in verb.children:
        if c.dep_ not in PREPOSITIONAL_DEPS and c.dep_ not in ("advmod",):
            continue
        if case_of(c) in TOPIC_CASES or forms(c) & TOPIC_NOUNS:
            return True
        if any(g.dep_ == "fixed" and forms(g) & TOPIC_NOUNS for g in c.children):
            return True
    return False


NAME_DEPS = ("appos", "flat:name", "conj")       # "le journaliste X", "X et Y"


def has_agent(verb) -> bool:
    """A "par" phrase of the verb, or one the parser hung on a complement of it ("interpellé en
    pleine rue par deux hommes": 'par' under 'rue'), names who did it."""
    todo = [c for c in verb.children if c.dep_ == "obl:agent" or c.dep_ in PREPOSITIONAL_DEPS]
    while todo:
        c = todo.pop()
        if c.dep_ == "obl:agent" or case_of(c) == "par":
            return True
        todo.extend(g for g in c.children if g.dep_ in PREPOSITIONAL_DEPS)
    return False


def subjects_of(verb) -> list:
    """The verb's subjects; a relative pronoun stands for the noun its clause qualifies ("X, qui
    a été interpellé"), and a conjunct sharing a passive auxiliary takes its governor's."""
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
    if not own and shares_passive(verb):
        own = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
    return [verb.head if "Rel" in c.morph.get("PronType") and verb.dep_ == "acl:relcl" else c for c in own]


def names_a_person(tok, mention_tokens) -> bool:
    """`tok`, or a name set beside it ("le journaliste X", "trois militants, dont X", "X et Y"),
    is a person actor."""
    toks = [tok] + [c for c in tok.children if c.dep_ in NAME_DEPS]
    return any(m.actor_type == "person" for t in toks for m in mention_tokens.get(t.i, ()))


def held_without_agent(verb, mention_tokens) -> bool:
    """The verb is a passive ("a été interpellé", "avoir été interpellée", "arrêté puis
    interpellé" sharing the auxiliary) with no agent ("par ...") and no complement of topic, and
    its subject names a person."""
    if verb.pos_ not in ("VERB", "ADJ"):
        return False
    if not (is_passive(verb) or is_adjectival_passive(verb) or shares_passive(verb)):
        return False
    if has_agent(verb):
        return False
    return not has_topic(verb) and any(names_a_person(s, mention_tokens) for s in subjects_of(verb))
