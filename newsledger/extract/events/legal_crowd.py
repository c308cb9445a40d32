"""A legal action whose own words name the one acted on without a name (eval/GUIDELINES.md: a
legal action's actors are who brings it, who judges or carries it out, and who is charged,
tried, arrested or released).

The one acted on is unnamed when it is a common noun of people that names no actor, with no
possessive (whose owner may be the one), and is plural ("plusieurs personnes ont été arrêtées",
"l'arrestation de manifestants", "les quatre policiers sont poursuivis", "les militants,
arrêtés pour ...") or singular with an indefinite article ("un homme a été mis en examen",
"l'arrestation d'un suspect"). It is the passive subject of a trigger verb (or of the verb an
infinitive trigger is controlled by: "quatre personnes ont été interpellées avant d'être mises
en examen"), the object of an active one ("la police a arrêté trois hommes"), the noun a
trigger participle qualifies, or the 'de' complement of a trigger noun.

Then a name outside the trigger's own phrase does something else in the sentence: it is the
victim, the place, the employer, a nationality, the medium that reports it, a commentator
("selon X, plusieurs personnes ont été arrêtées", "des personnes arrêtées après l'agression de
X"). So is a name only in a relative clause of that unnamed noun (what the
suspects did or are suspected of: "les policiers qui ont interpellé X sont poursuivis"). Such
mentions go. Stay: the trigger's phrase (its agent: "par la police de X"); the subject or agent
of the verb whose complement a trigger noun is ("le parquet de X a annoncé l'arrestation de
...", "X a procédé à l'arrestation de ..."); any phrase that names the authority of the act (a
court, the police, the authorities: "la police de X a indiqué que trois hommes ont été
arrêtés": the named authority that announces or carries out an arrest takes part); a country
not written as a nationality word (a state for its justice or police, the judging precedent of
docs/audit/README.md); the subject or agent of a verb above the trigger, or of an incise hung on it,
who may decide, order or announce it (legal.reporters takes out who only tells or judges it). A legal action left with no actor lists no named participant and goes.
One hook: legal.without_non_parties."""
from __future__ import annotations

from newsledger.extract.events.bystanders import is_nationality
from newsledger.extract.events.syntax import (DE_CASES, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, case_of,
                                              forms, has_possessive, is_passive, is_verbal, subtree_indices)
from newsledger.extract.words import TIME_NOUNS

INDEFINITE_ARTICLES = {"un", "une"}
# the relations by which a trigger noun is what a verb does or undergoes ("a annoncé
# l'arrestation de", "a procédé à l'arrestation de", "l'arrestation a été perturbée")
GOVERNED_DEPS = ("obj", "obl:arg", "obl", "nsubj", "nsubj:pass")
AGENT_DEPS = ("obl:agent",)
# what qualifies the unnamed noun: a relative clause ("qui ont frappé X"); not a participle,
# which often gives the group they belong to ("deux personnes appartenant au groupe X")
QUALIFIER_DEPS = ("acl:relcl",)
CONTROL_DEPS = ("xcomp", "advcl")
# the relations and prepositions of a verb trigger's parties (own_phrase)
CORE_DEPS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "obl:arg", "xcomp", "expl:pass", "expl:comp")
PARTY_CASES = {"par", "devant", "contre", "envers", "auprès"}


def is_unnamed(tok, mention_tokens, people: frozenset[str]) -> bool:
    """A common noun of people (the lexicon's person_role and person_noun: not "une enquête",
    "une plainte", the act's own nouns) that names no actor, with no possessive: plural, or
    singular with an indefinite article ("plusieurs personnes", "des manifestants", "un homme")."""
    if tok.pos_ != "NOUN" or tok.i in mention_tokens or not forms(tok) & people or forms(tok) & TIME_NOUNS:
        return False
    if has_possessive(tok):
        return False
    if "Plur" in tok.morph.get("Number"):
        return True
    return "Sing" in tok.morph.get("Number") and any(c.dep_ in ("det", "nmod:poss") and c.lower_ in INDEFINITE_ARTICLES
                                                     for c in tok.children)


def acted_on(head):
    """The noun the legal action of `head` is done to, as its syntax gives it (see the module's
    docstring), or None."""
    if is_verbal(head):
        if head.dep_ == "acl" and head.head.i != head.i and head.head.pos_ == "NOUN" \
                and not any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in head.children):
            return head.head                      # "les militants, arrêtés pour ..."
        if is_passive(head):
            deps = PASSIVE_SUBJECT_DEPS
        else:
            deps = ("obj",)
        found = [c for c in head.children if c.dep_ in deps]
        if not found and is_passive(head) and head.dep_ in CONTROL_DEPS and head.head.i != head.i:
            found = [c for c in head.head.children    # "... interpellées avant d'être mises en examen"
                     if c.dep_ in PASSIVE_SUBJECT_DEPS and is_passive(head.head)]
        return found[0] if len(found) == 1 else None
    found = [c for c in head.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    return found[0] if len(found) == 1 else None


def own_phrase(head) -> set[int]:
    """Tokens of the trigger's own phrase: a noun's subtree; for a verb, its subjects, objects,
    agent, argument complements ("en examen"), the complements of the parties' prepositions
    ("devant le tribunal de X", "contre X") and the verbs coordinated with it ("arrêté et
    inculpé"), not its adjuncts of time, place or cause ("après la mort de X", "à Lyon")."""
    if not is_verbal(head):
        return set(subtree_indices(head))
    out = {head.i}
    for c in head.children:
        if c.dep_ in CORE_DEPS or c.dep_.startswith(("aux", "cop")) or c.dep_ == "conj" \
                or (c.dep_.startswith("obl") and case_of(c) in PARTY_CASES):
            out |= set(subtree_indices(c))
    return out


def patient_phrase(patient, head) -> set[int]:
    """Tokens of the unnamed noun's phrase; when the trigger is a participle qualifying it ("des
    manifestants arrêtés dans le centre de X"), without the participle's adjuncts of time, place
    or cause (adjuncts), which are no more the act's parties than a finite verb's ("des
    manifestants ont été arrêtés dans le centre de X": own_phrase leaves them out too)."""
    phrase = set(subtree_indices(patient))
    if is_verbal(head) and head.dep_ == "acl" and head.head.i == patient.i:
        phrase -= adjuncts(head)
    return phrase


def adjuncts(verb) -> set[int]:
    """Tokens of the verb's adjuncts: its complements of time, place or cause ("obl" but for the
    parties' prepositions, own_phrase's), adverbial clauses and adverbs ("lors de X", which the
    parser hangs on "lors"); not a phrase it hung on the verb otherwise ("..., dont X": one of
    those acted on)."""
    out: set[int] = set()
    for c in verb.children:
        if (c.dep_.startswith("obl") and c.dep_ not in CORE_DEPS and case_of(c) not in PARTY_CASES) \
                or c.dep_ in ("advcl", "advmod"):
            out |= set(subtree_indices(c))
    return out


def tellers_above(head, sent) -> set[int]:
    """Tokens of the subjects and agents of the verbs above the trigger and of an incise hung on
    them ("je signerai un décret pour relâcher les prisonniers, a confirmé le président X", "a
    annoncé le gouvernement X après la décision de libérer des prisonniers"): who decides, orders
    or announces the act may carry it out; who only tells or judges it is legal.reporters' to
    take out, as before."""
    out: set[int] = set()
    for a in head.ancestors:
        if not sent.start <= a.i < sent.end:
            break
        verbs = [a] + [c for c in a.children if c.dep_ == "parataxis" and is_verbal(c)]
        for v in verbs:
            if not is_verbal(v):
                continue
            for c in v.children:
                if (c.dep_ in SUBJECT_DEPS or c.dep_ in AGENT_DEPS) and head.i not in subtree_indices(c):
                    out |= set(subtree_indices(c))   # not the subject that holds the trigger itself
    return out


def authority_phrases(sent, authority: frozenset[str], skip: int) -> set[int]:
    """Tokens of the noun phrases of the sentence whose noun names the authority of the act
    ("la police de X", "le parquet de X"), but the unnamed noun `skip` itself."""
    out: set[int] = set()
    for t in sent:
        if t.i != skip and t.pos_ in ("NOUN", "PROPN") and forms(t) & authority:
            out |= {i for i in subtree_indices(t)}
    return out


def crowd_outsiders(head, sent, mention_tokens, authority: frozenset[str], people: frozenset[str]) -> set[int]:
    """Mention tokens of the segment named outside the phrase of the legal action `head` when
    that phrase names the one acted on without a name (see the module's docstring); empty
    otherwise."""
    patient = acted_on(head)
    if patient is None or not is_unnamed(patient, mention_tokens, people):
        return set()
    keep = own_phrase(head) | patient_phrase(patient, head)
    if not is_verbal(head) and head.dep_ in GOVERNED_DEPS and head.head.i != head.i and is_verbal(head.head):
        for c in head.head.children:              # "le parquet de X a annoncé l'arrestation de"
            if c.dep_ in SUBJECT_DEPS or c.dep_ in AGENT_DEPS:
                keep |= set(subtree_indices(c))
    keep |= authority_phrases(sent, authority, patient.i) | tellers_above(head, sent)
    for c in patient.children:                    # "les policiers qui ont interpellé X"
        if c.dep_ in QUALIFIER_DEPS and head.i not in subtree_indices(c):
            keep -= set(subtree_indices(c)) - authority_phrases(sent, authority, patient.i)
    out: set[int] = set()
    for i in range(sent.start, sent.end):
        if i in keep or i not in mention_tokens:
            continue
        if any(m.actor_type == "country" and not is_nationality(m.surface) for m in mention_tokens[i]):
            continue
        out.add(i)
    return out
