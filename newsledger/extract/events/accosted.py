""""interpeller" said of a person who questions, challenges or accosts another, not of an
authority that arrests (eval/GUIDELINES.md: an arrest is a legal action; a question or a
reproach put to someone is none).

French "interpeller" has two senses (TLFi, Larousse: "adresser la parole à quelqu'un pour lui
demander quelque chose, l'apostropher"; "arrêter, appréhender quelqu'un" of the police). Who
does it tells them apart: the police, gendarmes, soldiers, a court or the authorities arrest
("interpellé par la police", "par les forces de l'ordre"); a person questions or accosts
("le président a été interpellé par un passant", "par des habitants", "par le député X",
"X a interpellé le ministre"). legal.questioned already reads the chamber and the party; this
module reads any doer who is a person.

The doer is the agent of the passive verb ("par" phrase, however the parser hangs it on the
verb), the "par" complement of the noun ("l'interpellation du ministre par une élue"), or the
subject of the active verb when it names a person actor. It is a person when its head is a
person actor, a noun of people or a title ("le député X", "un citoyen"), or any common noun
plural or with an indefinite article ("un passant", "des grévistes", "une auditrice"; not "par
la suite", "par le biais de", "par erreur": a manner or a time). It is no authority of an
arrest when no word that names it (its head, conjuncts, appositions, adjectives and "de"
complements; not "une passante en colère contre la réforme de la justice") is in the
event_triggers.json contexts court, court_body, authority, security_agent, armed_body or
military ("par des gardiens et des policiers", "par les forces de l'ordre", "par la brigade de
X" stay arrests). A proper noun that is no person actor (an agency) is left an arrest. One hook: legal.questioned."""
from __future__ import annotations

from newsledger.extract.events.office import title_words
from newsledger.extract.events.syntax import (DE_CASES, INDEFINITE_DETS, SUBJECT_DEPS, case_of, forms, is_passive,
                                              is_verbal)

AGENT_CASES = {"par"}
AUTHORITY_CONTEXTS = ("court", "court_body", "authority", "security_agent", "armed_body", "military")


def arrest_authority_words(lex) -> frozenset[str]:
    """The words that name who may arrest (see the module's docstring)."""
    return frozenset().union(*(lex.contexts.get(n, frozenset()) for n in AUTHORITY_CONTEXTS))


def names_person(tok, mention_tokens) -> bool:
    """A person actor is named at `tok` or in a name written with it ("X Y", "le député X")."""
    indices = [tok.i] + [c.i for c in tok.children if c.dep_ in ("flat:name", "flat", "appos")]
    return any(m.actor_type == "person" for i in indices for m in mention_tokens.get(i, ()))


def is_people_noun(tok, lex) -> bool:
    """A common noun that may name people: a noun of people or a title (lexicon people, the
    gazetteer's titles), or any noun plural or with an indefinite article ("des habitants",
    "un passant", "une auditrice"); not a definite singular or a bare noun of another kind,
    which "par" makes a manner or a time ("par la suite", "par le biais de", "par erreur")."""
    if tok.pos_ != "NOUN":
        return False
    if forms(tok) & (lex.people | title_words()):
        return True
    return "Plur" in tok.morph.get("Number") or any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_DETS for c in tok.children)


def is_private_doer(phrase, lex, mention_tokens) -> bool:
    """The phrase names a person who is no authority of an arrest: its head is a noun of people
    (is_people_noun) or names a person actor, and no word of its own naming (own_noun_phrase) names the police, an
    armed body, a court or the authorities."""
    if not names_person(phrase, mention_tokens) and not is_people_noun(phrase, lex):
        return False
    if phrase.pos_ == "NOUN" and any(m.actor_type != "person" for m in mention_tokens.get(phrase.i, ())):
        return False
    words = arrest_authority_words(lex)
    return not any(forms(t) & words for t in own_noun_phrase(phrase))


# what belongs to a noun phrase's own naming: its conjuncts, appositions, names and adjectives,
# and its "de" complements ("les forces de l'ordre", "des gardiens et des policiers"); not its
# other complements ("une passante en colère contre la réforme de la justice") nor its clauses
NAMING_DEPS = ("conj", "appos", "flat", "flat:name", "amod", "compound")


def own_noun_phrase(phrase):
    """The tokens of `phrase` that name who it is (see NAMING_DEPS)."""
    stack = [phrase]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in t.children if c.dep_ in NAMING_DEPS
                     or (c.dep_ == "nmod" and case_of(c) in DE_CASES))


def doers(tok, mention_tokens):
    """The phrases that tell who does the act of `tok`: a "par" agent of the verb or the noun;
    the subject of an active verb when it names a person actor."""
    for c in tok.children:
        if c.dep_ == "obl:agent" or (c.dep_.startswith(("obl", "nmod")) and case_of(c) in AGENT_CASES):
            yield c
        elif is_verbal(tok) and not is_passive(tok) and c.dep_ in SUBJECT_DEPS \
                and names_person(c, mention_tokens):
            yield c


def accosted(tok, lex, mention_tokens) -> bool:
    """A questioning trigger ("interpeller") done by a person who is no authority of an arrest
    (see the module's docstring): questioned or accosted, not arrested."""
    return any(is_private_doer(d, lex, mention_tokens) for d in doers(tok, mention_tokens))
