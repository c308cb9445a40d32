"""A protest caused by something or someone (eval/GUIDELINES.md: a protest's actors are its
protesters and organisers). A protest noun that is the direct object of a verb of causing
(data/gathering.json cause_verb: "la mort de X a déclenché des manifestations", "X a prêté
serment, provoquant des manifestations"), its passive subject, or the noun its participle
qualifies ("des manifestations provoquées par la réforme de X") is caused by what the verb's
subject (or agent) names. Who is named in such a phrase headed by a common noun, a thing or a
happening ("la mort de X", "la réforme voulue par X", "l'annonce de X"), is the cause, and so is
the named subject of a verb of causation proper ("X a suscité des manifestations"); neither
protests. A verb of cause_verb that also means to launch (cause_launch_verb: "déclencher") with
a named subject is the organiser's ("les syndicats ont déclenché une grève"), left alone.
Names inside the protest's own phrase stay ("des grèves des cheminots"), and so does a country
(a country for protests held in it, the judging precedent of docs/audit/README.md, as in
events/protest_landmark.py); a name resolved from a pronoun subject is not read here.
One hook: gathering.gathered_actors, for every protest candidate with a noun trigger."""
from __future__ import annotations

from newsledger.extract.events.participants import AGENT_DEPS, subject_indices
from newsledger.extract.events.syntax import (PASSIVE_SUBJECT_DEPS, case_of, forms, is_verbal,
                                              names_only_where, subtree_indices, subtree_order)


# the relations by which a name stands beside a noun without a preposition ("le syndicat X")
NAME_DEPS = ("nmod", "appos", "flat:name", "amod")


def causing_verb(head, cause_verbs, collective=frozenset()):
    """(the verb of causing whose result the protest noun `head` is, whether its causer is its
    agent), or (None, False). The noun may be the 'de' complement of a measure noun of
    `collective` ("a suscité une vague de grèves")."""
    node = head
    if head.dep_ == "nmod" and head.head.pos_ == "NOUN" and forms(head.head) & collective:
        node = head.head
    gov = node.head
    if gov.i != node.i and is_verbal(gov) and gov.lemma_ in cause_verbs:
        if node.dep_ == "obj" or (node.dep_ == "obl:arg" and case_of(node) is None):
            return gov, False                     # "X a provoqué (de nouvelles) manifestations"
        if node.dep_ in PASSIVE_SUBJECT_DEPS:
            return gov, True                      # "des manifestations ont été provoquées par X"
    for c in node.children:
        if c.dep_.startswith("acl") and c.lemma_ in cause_verbs:
            return c, True                        # "des manifestations provoquées par X"
    return None, False


# the lemma sets of the lexicon's contexts that name people and groups ("les militants de X")
PEOPLE_CONTEXTS = ("person_noun", "person_role", "actor_description", "armed_body")


def names_a_group(top, contexts, named) -> bool:
    """The subject's head is a noun of people or groups (`contexts`: the lexicon's, its
    PEOPLE_CONTEXTS), or a noun with a name in apposition (`named`: token index -> the actor
    mentions there; "le syndicat X")."""
    return any(forms(top) & contexts.get(k, frozenset()) for k in PEOPLE_CONTEXTS) or top.i in named or any(
        c.i in named and c.dep_ in NAME_DEPS and case_of(c) is None for c in top.children)


def cause_indices(head, cause_verbs, launch_verbs, contexts, named) -> set[int]:
    """The token indices that name what causes the protest `head`, outside its own phrase (see
    the module's docstring). `contexts`, `named`: see names_a_group; such a subject of a verb of
    launching is the organiser ("le syndicat X a déclenché une grève")."""
    if is_verbal(head):
        return set()
    verb, by_agent = causing_verb(head, cause_verbs, contexts.get("collective", frozenset()))
    if verb is None:
        return set()
    if by_agent:
        phrases = [subtree_order(c) for c in verb.children if c.dep_ in AGENT_DEPS]
    else:
        phrases = [tuple(p) for p in subject_indices(verb)]
    out: set[int] = set()
    for indices in phrases:
        inside = set(indices)
        top = next((head.doc[i] for i in indices if head.doc[i].head.i not in inside
                    or head.doc[i].head.i == i), None)
        if top is None:
            continue
        if verb.lemma_ not in launch_verbs:
            out |= inside                         # "X a suscité des manifestations"
        elif top.pos_ == "NOUN" and not names_a_group(top, contexts, named):
            out |= inside                         # "la mort de X a déclenché des manifestations"
    own = set(subtree_indices(head)) - (set(subtree_indices(verb)) if verb.head.i == head.i else set())
    return out - own


def cause_names(head, sent, actors: dict[str, str], mention_tokens, cause_verbs, launch_verbs,
                contexts) -> set[str]:
    """The actors of the protest `head` named only in what causes it."""
    cause = cause_indices(head, cause_verbs, launch_verbs, contexts, mention_tokens)
    if not cause:
        return set()
    return names_only_where(sent, mention_tokens,
                            lambda t, m: t.i in cause and m.actor_type != "country", actors)
