"""A relative clause on a statement's subject says who the subject is: "Le maire de X, qui
était à l'Élysée mercredi, appelle ...", "La tête de liste, qui rassemble le parti A et le parti
B, a dénoncé ...", "Y, qui a rencontré Z lundi, a dénoncé ...". The actors named inside it are
the arguments of the clause's own verb (French grammar: a relative clause, opened by "qui",
"que", "dont", "où", modifies its antecedent noun and is no part of the main clause's subject),
so they are no speaker of the main verb; the subject is its head (a name, or a description or
pronoun taken up as such). A "dont" with no verb of its own ("plusieurs élus, dont le maire X",
"les signataires, dont X et Y") is no relative clause but names members of the group, who speak
with it: only a clause with a verb (its head, or the copula of "qui était à X") is set aside."""
from __future__ import annotations

from newsledger.extract.events.syntax import is_verbal, subtree_indices

RELATIVE_CLAUSE_DEPS = ("acl:relcl",)


def relative_clause_indices(doc, subjects) -> set[int]:
    """The token indices of the relative clauses (with a verb: has_verb) hung on a word of the
    subject phrases `subjects` (lists of token indices), with everything under them."""
    out: set[int] = set()
    for indices in subjects:
        members = set(indices)
        for i in indices:
            tok = doc[i]
            if tok.dep_ in RELATIVE_CLAUSE_DEPS and has_verb(tok) and tok.head.i != tok.i \
                    and tok.head.i in members:
                out |= subtree_indices(tok)
    return out


def has_verb(clause) -> bool:
    """The clause is headed by a verb, or by a predicate with its copula ("qui était à X")."""
    return is_verbal(clause) or clause.pos_ == "AUX" or any(c.dep_ == "cop" for c in clause.children)
