"""Who acts on the victims of an attack takes no part in it (eval/GUIDELINES.md: an attack's
actors are who attacks and who is killed, wounded, kidnapped or struck; docs/audit/README.md: a
victim's lawyer or relative takes no part).

An attack noun that is the "de" complement of a noun of the harmed (data/legal.json
harmed_noun: "les victimes de l'attentat", "les rescapés de la fusillade") names who suffered
it; the word that governs that noun tells what someone does to them or is to them: the subject
or agent of a verb whose complement they are ("X, qui représente plusieurs victimes des
attentats", "les blessés de l'attaque ont été reçus par X": X represents or receives them;
"une gerbe a été déposée par X aux victimes": the agent of a passive too), or a noun of which
they are the complement ("X, avocat des victimes de l'attentat", "l'association des victimes
de l'attentat"), with what stands in apposition to it. A verb with no subject of its own (an
infinitive of purpose, a participle, a gerund: "X se rendra sur place pour rendre hommage aux
victimes de l'attaque", "X, recevant les blessés de l'attentat") takes its governor's, as French
subject control has it (sense.agents_of). Those names go. Not who is
among the harmed ("X figure parmi les victimes de l'attaque", "X, l'une des victimes de
l'attentat": a copula or "parmi" makes X one of them).

Who pays tribute to them or mourns them takes no part either (data/legal.json tribute_noun):
when the noun of the harmed depends on a noun of tribute or mourning, whatever its preposition
("en hommage aux victimes de l'attentat", "une minute de silence pour les victimes de
l'attaque", "en mémoire des victimes"), the subject or agent of the verb that noun depends on
(through the nouns above it: "X a déposé une gerbe en hommage aux victimes") pays it; so
does the one of a participle that qualifies the noun of tribute ("X a rendu un hommage appuyé
aux victimes", the parser hanging them on the participle).
Read for attacks through legal.carer_tokens: legal.without_non_parties drops their names, and
participants.collect_actors resolves no pronoun among them ("il a déposé une gerbe en hommage
aux victimes de l'attentat": not a doer of the attack)."""
from __future__ import annotations

from newsledger.extract.events.sense import agents_of
from newsledger.extract.events.syntax import (DE_CASES, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS,
                                             case_of, forms,
                                             is_verbal, subtree_indices)

# the cases of a complement that makes its verb's subject one of the harmed, not someone acting on them
AMONG_CASES = {"parmi", "entre"}


# how far up from a noun of tribute its verb is looked for ("déposé une gerbe en hommage aux victimes")
TRIBUTE_HOPS = 3


def carer_indices(head, harmed: frozenset[str], phrase_words, tribute: frozenset[str] = frozenset()) -> set[int]:
    """Tokens of who acts on the harmed of the attack `head`, or is in a relation to them, or
    pays them tribute (see the module's docstring). `phrase_words(tok)`: the tokens of a phrase
    without its clauses. `tribute`: the nouns of tribute and mourning."""
    noun = head.head
    if head.dep_ != "nmod" or case_of(head) not in DE_CASES or noun.i == head.i \
            or noun.pos_ != "NOUN" or not forms(noun) & harmed:
        return set()
    gov = noun.head
    if gov.i == noun.i or any(c.dep_ == "cop" for c in noun.children):
        return set()
    roots = []
    if gov.pos_ == "NOUN" and forms(gov) & tribute and case_of(noun) not in AMONG_CASES:
        roots = tribute_payers(gov)
    elif is_verbal(gov) and noun.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod") \
            and case_of(noun) not in AMONG_CASES:
        roots = [c for c in gov.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "obl:agent"]
        if gov.dep_ == "acl:relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in roots):
            roots.append(gov.head)                # "X, qui représente des victimes de ..."
        elif not roots and gov.dep_ == "acl" and gov.head.i != gov.i and forms(gov.head) & tribute:
            roots = tribute_payers(gov.head)      # "X a rendu un hommage appuyé aux victimes"
        elif not roots:
            roots = agents_of(gov)                # "X s'y rendra pour rendre hommage aux victimes"
            roots += [r.head.head for r in roots  # "c'est X qui s'y rendra pour ..."
                      if r.lower_ in RELATIVE_PRONOUNS and r.head.head.i != r.head.i]
    elif is_verbal(gov) and noun.dep_ in PASSIVE_SUBJECT_DEPS:
        roots = [c for c in gov.children if c.dep_ == "obl:agent"]
    elif gov.pos_ in ("NOUN", "PROPN") and noun.dep_ == "nmod" and case_of(noun) in DE_CASES:
        roots = [gov] + ([gov.head] if gov.dep_ == "appos" and gov.head.i != gov.i else [])
    own = subtree_indices(noun)
    return {t.i for r in roots for t in phrase_words(r)} - own


def tribute_payers(tribute) -> list:
    """The subjects and agents of the verb a noun of tribute depends on, through the nouns above
    it ("X a déposé une gerbe en hommage": X; "une minute de silence a été observée par X": X)."""
    tok = tribute
    for _ in range(TRIBUTE_HOPS):
        if tok.head.i == tok.i:
            return []
        tok = tok.head
        if is_verbal(tok):
            return [c for c in tok.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "obl:agent"]
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
    return []
