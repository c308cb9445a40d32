"""'proposer' in its sense of offering a thing (Le Robert, TLFi s.v. proposer: "offrir (une
marchandise, un service, un emploi)"): what a trader, a firm or an employer puts at someone's
disposal ("ne propose que des plats à emporter", "va proposer des vols spéciaux", "lui a
proposé un poste", "proposent 70 % des places") is an offer, no proposal made in public; so is
"proposer à X de faire" put to one person ("lui a proposé de figurer sur sa liste"): an
invitation or an offer to that person, no proposal put to the public."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import A_CASES, DE_CASES, QUE_FORMS, case_of, forms

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


# the dative clitics of a third person offered something ("lui a proposé de", "leur a proposé de")
DATIVE_CLITICS = {"lui", "leur"}
# the relations by which the parser hangs the "à" addressee of 'proposer' on it
ADDRESSEE_DEPS = ("obl:arg", "obl", "obl:mod", "iobj")
# the relations down which the "de" + infinitive of the offer is looked for: the parser hangs
# it on the verb or on the addressee's name ("à X, Y, de figurer": "figurer" acl of "Y")
OFFER_PATH_DEPS = ("xcomp", "obl", "obl:mod", "obl:arg", "acl", "advcl", "ccomp", "conj", "appos",
                   "flat:name")


def is_de_infinitive(tok) -> bool:
    """An infinitive opened by "de" ("de figurer"), or a noun or adjective whose copula is the
    infinitive "être" opened by "de" ("d'être tête de liste", "d'être candidate")."""
    marked = any(c.dep_ in ("mark", "case") and c.lower_ in DE_CASES for c in tok.children)
    if not marked:
        return False
    if tok.pos_ in ("VERB", "AUX"):
        return "Inf" in tok.morph.get("VerbForm")
    return any(c.dep_ == "cop" and "Inf" in c.morph.get("VerbForm") for c in tok.children)


def names_a_person(noun, lex: Lexicon, mention_tokens) -> bool:
    """The noun is one person: a person actor or a person's name, or a singular noun of a
    person or a title of one (lex.people: "ministre", "journaliste"; not a body's
    "gouvernement"), alone or with such a name in apposition ("au socialiste belge X")."""
    def person(t) -> bool:
        return any(m.actor_type == "person" for m in mention_tokens.get(t.i, ())) or t.ent_type_ == "PER"
    if person(noun):
        return True
    return noun.pos_ == "NOUN" and "Plur" not in noun.morph.get("Number") and bool(
        forms(noun) & lex.people) or any(
        c.dep_ in ("appos", "flat:name", "conj") and person(c) for c in noun.children)


def offers_a_person_to_act(verb, lex: Lexicon, mention_tokens) -> bool:
    """'proposer à X de faire' with X one person, named, a singular noun of a person or title,
    or a dative clitic ("a proposé à X de figurer sur sa liste", "a proposé au député X d'être
    tête de liste", "leur a proposé de prendre une photo"): an offer or an invitation made to
    that person (TLFi s.v. proposer: "proposer à qqn de faire qqch", inviter à, offrir de), no
    proposal put to the public; "propose au gouvernement de", to a body, stays."""
    addressee = None
    for c in verb.children:
        if c.dep_ in ADDRESSEE_DEPS and c.lower_ in DATIVE_CLITICS:
            addressee = c
        elif c.dep_ in ADDRESSEE_DEPS and case_of(c) in A_CASES and names_a_person(c, lex, mention_tokens):
            addressee = c
    if addressee is None:
        return False
    todo, seen = [(c, 1) for c in verb.children if c.i > addressee.i], set()
    while todo:
        tok, depth = todo.pop()
        if tok.i in seen or tok.dep_ not in OFFER_PATH_DEPS:
            continue
        seen.add(tok.i)
        if is_de_infinitive(tok):
            return True
        if depth < 2 and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children):
            todo.extend((c, depth + 1) for c in tok.children)
    return False
