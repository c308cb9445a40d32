"""Who acts on the victims of an attack takes no part in it (eval/GUIDELINES.md: an attack's
actors are who attacks and who is killed, wounded, kidnapped or struck; docs/audit/README.md: a
victim's lawyer or relative takes no part).

An attack noun that is the "de" complement of a noun of the harmed (data/legal.json
harmed_noun: "les victimes de l'attentat", "les rescapés de la fusillade") names who suffered
it; the word that governs that noun tells what someone does to them or is to them: the subject
or agent of a verb whose complement they are ("X, qui représente plusieurs victimes des
attentats", "les blessés de l'attaque ont été reçus par X": X represents or receives them), or
a noun of which they are the complement ("X, avocat des victimes de l'attentat", "l'association
des victimes de l'attentat"), with what stands in apposition to it. Those names go. Not who is
among the harmed ("X figure parmi les victimes de l'attaque", "X, l'une des victimes de
l'attentat": a copula or "parmi" makes X one of them).
One hook: legal.without_non_parties, for attacks."""
from __future__ import annotations

from newsledger.extract.events.syntax import (DE_CASES, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS,
                                             case_of, forms,
                                             is_verbal, subtree_indices)

# the cases of a complement that makes its verb's subject one of the harmed, not someone acting on them
AMONG_CASES = {"parmi", "entre"}


def carer_indices(head, harmed: frozenset[str], phrase_words) -> set[int]:
    """Tokens of who acts on the harmed of the attack `head`, or is in a relation to them (see
    the module's docstring). `phrase_words(tok)`: the tokens of a phrase without its clauses."""
    noun = head.head
    if head.dep_ != "nmod" or case_of(head) not in DE_CASES or noun.i == head.i \
            or noun.pos_ != "NOUN" or not forms(noun) & harmed:
        return set()
    gov = noun.head
    if gov.i == noun.i or any(c.dep_ == "cop" for c in noun.children):
        return set()
    roots = []
    if is_verbal(gov) and noun.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod") \
            and case_of(noun) not in AMONG_CASES:
        roots = [c for c in gov.children if c.dep_ in SUBJECT_DEPS]
        if gov.dep_ == "acl:relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in roots):
            roots.append(gov.head)                # "X, qui représente des victimes de ..."
    elif is_verbal(gov) and noun.dep_ in PASSIVE_SUBJECT_DEPS:
        roots = [c for c in gov.children if c.dep_ == "obl:agent"]
    elif gov.pos_ in ("NOUN", "PROPN") and noun.dep_ == "nmod" and case_of(noun) in DE_CASES:
        roots = [gov] + ([gov.head] if gov.dep_ == "appos" and gov.head.i != gov.i else [])
    own = subtree_indices(noun)
    return {t.i for r in roots for t in phrase_words(r)} - own
