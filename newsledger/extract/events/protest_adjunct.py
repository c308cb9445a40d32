"""A protest whose protesters are an unnamed crowd (protest_landmark.is_crowd, or a crowd counted
by a singular noun of number: "des dizaines de personnes ont manifesté", "une centaine de
manifestants se sont rassemblés", "la manifestation de centaines de personnes"): a name in an
adjunct of its verb, of place, time, purpose or circumstance ("devant le théâtre où parlait X",
"à Lyon, ville dont X est le maire", "pour exiger le départ de X"), or in a clause on its crowd
("de centaines de personnes réclamant la démission de X"), says where, when, why or about whom
the crowd protests: it names no protester (eval/GUIDELINES.md: a protest's actors are its
protesters and organisers). protest_landmark.crowd_outsiders keeps every name under a protest
verb, the verb's whole subtree being the protest's own phrase; this module reads inside it.
Stay: the subject (the crowd's own phrase: "des militants de X"), a phrase of company or of a
call ("avec X", "parmi lesquels X", "derrière X", "aux côtés de X", "à l'appel de X", "à la
demande de X": data/gathering.json crowd_company), what the protest is against or for ("contre
X", "pour X": events/protest_target.py judges those), an agent, and the countries (a country
for protests held in it, the judging precedent of docs/audit/README.md).
One hook: gathering.gathered_actors, for every protest candidate."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.participants import subject_indices
from newsledger.extract.events.protest_landmark import controlling_verb, is_crowd
from newsledger.extract.events.syntax import (DE_CASES, SUBJECT_DEPS, case_of, forms, is_verbal, names_only_where,
                                              subtree_indices)
from newsledger.resources import data_dir

NUMBERS_PATH = data_dir("newsledger.extract") / "figure_numbers.json"

# the relations of a protest verb's adjuncts (place, time, purpose, circumstance); not its
# agent ("obl:agent")
ADJUNCT_DEPS = ("obl", "obl:mod", "obl:arg", "advcl", "advmod")
# the relations of a clause on the crowd noun ("personnes scandant ...", "qui ...")
CLAUSE_DEPS = ("acl", "acl:relcl")
AIM_CASES = frozenset({"pour"})


@lru_cache(maxsize=1)
def quantity_nouns() -> frozenset[str]:
    """The nouns of an approximate number ("dizaine", "centaine", "millier": figure_numbers.json
    collectives)."""
    return frozenset(json.loads(NUMBERS_PATH.read_text(encoding="utf-8"))["collectives"])


def own_words(tok) -> set[int]:
    """The indices of the noun's phrase without its clauses ("de personnes réclamant ...": the
    participle and what it names are the clause's)."""
    out, todo = set(), [tok]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return out


def names_crowd(tok, mention_tokens, contexts, collectives) -> bool:
    """An unnamed crowd (protest_landmark.is_crowd), or one counted by a singular noun of
    number ("une centaine de manifestants", "un millier de personnes": the counted noun is
    read), whose phrase names no actor but a country ("des milliers d'Israéliens"; not "les
    militants de la CGT", whose protest keeps the aim beside its protester: protest_target)."""
    if any(m.actor_type != "country" for i in own_words(tok) for m in mention_tokens.get(i, ())):
        return False
    if is_crowd(tok, mention_tokens, contexts, collectives):
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in quantity_nouns() \
        and any(c.dep_ == "nmod" and case_of(c) in DE_CASES and is_crowd(c, mention_tokens, contexts, collectives)
                for c in tok.children)


def names_company(phrase, company: frozenset[str], against: frozenset[str]) -> bool:
    """The phrase may name a protester, an organiser or what the protest is against or for:
    a noun phrase opened by a preposition of company or opposition ("avec X", "contre X",
    "pour X"), or a phrase holding a noun of company or call ("aux côtés de X", "à l'appel de
    X")."""
    if not is_verbal(phrase) and case_of(phrase) in company | against | AIM_CASES:
        return True
    return any(t.pos_ == "NOUN" and forms(t) & company for t in phrase.subtree)


def free_adjuncts(head, mention_tokens, contexts, collectives, company, against) -> set[int]:
    """Token indices of the adjuncts of the protest `head` (see the module's docstring) that
    name no protester, organiser or aim; empty when its protesters are no unnamed crowd."""
    out: set[int] = set()
    if is_verbal(head):
        verb = controlling_verb(head)
        if not any(c.dep_ in SUBJECT_DEPS and names_crowd(c, mention_tokens, contexts, collectives)
                   for c in verb.children):
            return set()
        phrases = [c for c in head.children if c.dep_ in ADJUNCT_DEPS]
        subjects = {i for indices in subject_indices(verb) for i in indices}
    else:
        crowds = [c for c in head.children if c.dep_ == "nmod" and case_of(c) in DE_CASES
                  and names_crowd(c, mention_tokens, contexts, collectives)]
        crowds += [n for c in crowds for n in c.children      # "de centaines de personnes réclamant"
                   if n.dep_ == "nmod" and case_of(n) in DE_CASES and is_crowd(n, mention_tokens, contexts, collectives)]
        phrases = [a for c in crowds for a in c.children if a.dep_ in CLAUSE_DEPS]
        subjects = set()
    for phrase in phrases:
        if not names_company(phrase, company, against):
            out |= set(subtree_indices(phrase))
    return out - subjects


def adjunct_names(head, sent, actors: dict[str, str], mention_tokens, contexts, collectives=frozenset(),
                  company=frozenset(), against=frozenset()) -> set[str]:
    """The actors of the protest `head` named only in the adjuncts of an unnamed crowd's
    protest (free_adjuncts), countries aside."""
    apart = free_adjuncts(head, mention_tokens, contexts, collectives, company, against)
    if not apart:
        return set()
    return names_only_where(sent, mention_tokens, lambda t, m: t.i in apart and m.actor_type != "country",
                            actors)
