"""'proposer' in its sense of offering a thing (Le Robert, TLFi s.v. proposer: "offrir (une
marchandise, un service, un emploi)"): what a trader, a firm or an employer puts at someone's
disposal ("ne propose que des plats à emporter", "va proposer des vols spéciaux", "lui a
proposé un poste", "proposent 70 % des places") is an offer, no proposal made in public."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import DE_CASES, QUE_FORMS, case_of, forms

# the relations the parser gives the bare noun complement of 'proposer' (its direct object,
# taken at times for an oblique, a clause or an unlabelled dependent after "ne ... que")
OBJECT_DEPS = ("obj", "obl:arg", "ccomp", "dep")
# the restrictive "ne ... que", on which the parser may hang the object ("ne propose que des plats")
RESTRICTIVE = QUE_FORMS


def complements(verb):
    """The verb's dependents, and those of its restrictive "que"."""
    for c in verb.children:
        yield c
        if c.dep_ == "advmod" and c.lower_ in RESTRICTIVE:
            yield from c.children


def has_preposition(noun) -> bool:
    """The noun has a preposition of its own: a "case" dependent the tagger took for an adposition
    (the indefinite or partitive article "des", "du" it at times labels "case" is no preposition:
    "va proposer des vols")."""
    return any(c.dep_ == "case" and c.pos_ == "ADP" for c in noun.children)


def offers_goods(verb, lex: Lexicon) -> bool:
    """A bare noun complement of the verb (no preposition of its own: not the "à" of whom it is
    offered to) is a word of contexts.offered_goods, goods, services, jobs or seats, or is a
    quantity whose "de" complement is one ("70 % des places"): an offer of a thing."""
    goods = lex.contexts.get("offered_goods", frozenset())
    for c in complements(verb):
        if c.dep_ not in OBJECT_DEPS or c.pos_ != "NOUN" or has_preposition(c):
            continue
        if forms(c) & goods:
            return True
        if any(g.dep_ == "nmod" and case_of(g) in DE_CASES and forms(g) & goods for g in c.children):
            return True
    return False
