"""The lawyer of someone takes no part in the legal action done to them (eval/GUIDELINES.md: a
legal action's parties are the one arrested, charged, tried or released and the authority,
court or plaintiff acting).

A lawyer named as someone's lawyer, with a possessive or a "de" complement that names the
client ("son avocat X", "l'un de ses avocats, X", "X, avocate de Y", "l'avocat de la famille,
X"), acts for the client: the lawyer neither arrests, holds, tries nor releases anyone, and is
not the one they are done to. The names of such a lawyer go from a legal action, unless the
lawyer's phrase is an argument of the trigger itself: its subject or agent (who files the
complaint or lodges the appeal for the client: "son avocat a porté plainte", "une plainte
déposée par l'avocat de X"), the one acted on ("l'avocat de X a été arrêté", "l'arrestation
de l'avocat de X"), or the subject of the verb a trigger noun is the object of ("l'avocat de X
a déposé une plainte"). A lawyer with no client named ("l'avocate X a été condamnée") is left
alone: she may be the one tried. Built and taken out: the lawyer nouns out of
legal.authority_words (contexts.court holds "avocat" to mark the legal sense of a trigger), so
that a lawyer who tells of an act would be a teller like any other: on the judged files it
took out the one named in the lawyer's own phrase ("..., estime l'avocat de l'ex-ministre de
X", X the one charged) and fixed no row.
One hook: legal.without_non_parties, for legal actions. Word class: data/legal.json lawyer_noun."""
from __future__ import annotations

from newsledger.extract.events.syntax import (DE_CASES, PASSIVE_SUBJECT_DEPS, POSSESSIVES, SUBJECT_DEPS, case_of,
                                             forms, is_verbal)

# the relations by which a name stands beside the lawyer noun ("son avocat, X", "X, avocat de Y")
BESIDE_DEPS = ("appos", "flat:name", "flat", "nmod")
# the arguments of a trigger verb or noun that make the lawyer a party of it
TRIGGER_ARG_DEPS = SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS + ("obj", "iobj", "obl:agent")


def has_client(noun) -> bool:
    """The lawyer noun names whose lawyer it is: a possessive determiner ("son avocat") or a
    "de" complement ("l'avocat de X", "avocate de la famille"); "l'un de ses avocats" too, the
    possessive being on the noun after "l'un de"."""
    for c in noun.children:
        if c.dep_ in ("det", "nmod:poss") and c.lower_ in POSSESSIVES:
            return True
        if c.dep_ == "nmod" and case_of(c) in DE_CASES and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
    return False


def lawyer_group(noun) -> set[int]:
    """Token indices of the lawyer: the noun, the names set beside it without a preposition
    ("son avocat X", "l'avocat de Y, X") and, when the noun is itself in apposition, the name it
    describes ("X, avocat de Y"); not the client of its "de" complement."""
    out = {noun.i}
    for c in noun.children:
        if c.dep_ in BESIDE_DEPS and case_of(c) is None and c.pos_ == "PROPN":
            out |= {c.i} | {g.i for g in c.children if g.dep_ in ("flat:name", "flat")}
    if noun.dep_ == "appos" and noun.head.i != noun.i:
        h = noun.head
        out |= {h.i} | {g.i for g in h.children if g.dep_ in ("flat:name", "flat")}
    if noun.head.i != noun.i and noun.head.lower_ in ("un", "une") and noun.dep_ == "nmod":
        for c in noun.head.children:                                    # "l'un de ses avocats, X"
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                out |= {c.i} | {g.i for g in c.children if g.dep_ in ("flat:name", "flat")}
    return out


def trigger_arguments(head) -> set[int]:
    """Token indices of the arguments that make someone a party of the trigger: the subjects,
    object, agent of a trigger verb (or of the verb it is coordinated with, whose subject it
    shares), the "de" complement and possessive of a trigger noun, the subject and agent of the
    verb a trigger noun is the object of, and the noun a trigger participle qualifies."""
    out: set[int] = set()
    verbs = [head] if is_verbal(head) else []
    if is_verbal(head) and head.dep_ == "conj" and is_verbal(head.head):
        verbs.append(head.head)
    if not is_verbal(head):
        for c in head.children:
            if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and case_of(c) in DE_CASES):
                out.add(c.i)
        if head.dep_ in ("obj", "nsubj:pass") and is_verbal(head.head):
            verbs.append(head.head)
    for v in verbs:
        out |= {c.i for c in v.children if c.dep_ in TRIGGER_ARG_DEPS}
    if head.dep_ in ("acl", "amod") and head.head.i != head.i:
        out.add(head.head.i)
    return out


def lawyer_names(head, sent, mention_tokens, lawyer_nouns: frozenset[str]) -> set[int]:
    """Mention tokens of the lawyers of someone in the sentence of the legal action `head` (see
    the module's docstring); none whose phrase is an argument of the trigger."""
    args = trigger_arguments(head)
    groups = [lawyer_group(t) for t in sent if forms(t) & lawyer_nouns and t.pos_ == "NOUN" and has_client(t)]
    out: set[int] = set()
    for g in groups:
        if head.i in g or g & args:
            continue
        out |= {i for i in g if i in mention_tokens}
    return out
