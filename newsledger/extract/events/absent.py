"""Actors named as absent from a meeting take no part in it (eval/GUIDELINES.md: a meeting is
between actors; a row is right when a listed actor takes part). French tells absence with the
noun of lacking "absence", whose "de" complement is the one missing ("l'absence de X et de Y à
la table des négociations"), and with the adjective "absent", whose complement is what one
misses ("X, absent des négociations", "X était absent lors du débat"). The words are in
data/irreality.json (lack, absent) with their source.

An actor is taken out only when every mention of it in the sentence is so named: the "de"
complement of a noun of lacking whose phrase holds the trigger, or a noun qualified by (or
subject of) "absent" whose phrase holds the trigger; a later member of a coordination is read
through its first member ("de SUD-Rail et de la CGT")."""
from __future__ import annotations

from newsledger.extract.events.syntax import DE_CASES, SUBJECT_DEPS, case_of, forms, subtree_indices

# how an adjective qualifies the noun it describes: as its modifier or in apposition
QUALIFYING_DEPS = ("amod", "acl", "appos")
# the parts of speech of a coordination of names or nouns
NOMINALS = ("NOUN", "PROPN")


def mention_root(tok, name: str, mention_tokens):
    """The token of the mention of `name` at `tok` whose head lies outside the mention."""
    while tok.head.i != tok.i and any(m.canonical_name == name for m in mention_tokens.get(tok.head.i, ())):
        tok = tok.head
    return tok


def holds(gov, head) -> bool:
    """The trigger `head` lies in the phrase of `gov` (not `gov` itself)."""
    return gov.i != head.i and head.i in subtree_indices(gov)


def beside_object(noun, head) -> bool:
    """The trigger lies in an oblique phrase of the verb whose object is `noun`: the parser
    often hangs the complement of a noun object on its verb ("a dénoncé l'absence de X | à la
    table des négociations")."""
    verb = noun.head
    return noun.dep_ == "obj" and verb.i != noun.i and any(
        c.dep_.startswith("obl") and (c.i == head.i or holds(c, head)) for c in verb.children)


def named_absent(tok, head, lack, absent) -> bool:
    """The noun `tok` is named as missing from the happening of `head`: the "de" complement of a
    noun of lacking holding the trigger, or qualified by "absent" (its modifier, or the
    adjective it is the subject of) holding the trigger."""
    if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in NOMINALS:
        tok = tok.head                            # "de SUD-Rail et de la CGT": the first member
    gov = tok.head
    if tok.dep_ == "nmod" and case_of(tok) in DE_CASES and forms(gov) & lack and (
            holds(gov, head) or beside_object(gov, head)):
        return True                               # "l'absence de X à la table des négociations"
    for c in tok.children:
        if c.dep_ in QUALIFYING_DEPS and forms(c) & absent and holds(c, head):
            return True                           # "X, absent des négociations"
    return tok.dep_ in SUBJECT_DEPS and forms(gov) & absent and holds(gov, head)   # "X était absent de"


def absentees(head, sent, actors, mention_tokens, lack, absent) -> set[str]:
    """The actors every mention of which in `sent` is named as missing from the happening of
    `head` (see the module)."""
    found: dict[str, list[bool]] = {}
    for t in sent:
        for m in mention_tokens.get(t.i, ()):
            if m.canonical_name in actors and t.dep_ != "punct":
                root = mention_root(t, m.canonical_name, mention_tokens)
                found.setdefault(m.canonical_name, []).append(named_absent(root, head, lack, absent))
    return {n for n, marks in found.items() if all(marks)}
