"""A person named only as another person's relative ("la nièce de X", "le fils préféré de X",
"la fille de l'ex-magnat X"): the relative is the one who speaks, acts or undergoes; X, named
only to say whose relative it is, takes no part in the event, whatever its type. X stays when
the sentence names X elsewhere, outside such a complement ("X et sa fille ont manifesté"), or
when a pronoun of the trigger stands for X ("il a été évacué, après un bras de fer entre la
famille de X et ses médecins": only the name in the complement is set aside), a possessive of
the third person on a trigger noun too ("la famille de X, mort lors de son interpellation").

Kinship nouns are contexts.family and contexts.kin (event_triggers.json). Only a complement
that names a person counts: "le père de l'Europe", "les enfants de la République" name no one's
relatives. The actors of that complement go with the person (a nationality there, "la fille de
l'ex-magnat britannique X", says whose relative too). Only a nominal "de" complement: not a
clause the parser hung on the kinship noun.
One hook: participants.collect_actors."""
from __future__ import annotations

from functools import lru_cache

from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.office import whole_mentions
from newsledger.extract.events.syntax import DE_CASES, PREPOSITIONAL_DEPS, case_of, forms


@lru_cache(maxsize=1)
def kinship_words() -> frozenset[str]:
    """The nouns of one's relatives and partners (contexts.family, contexts.kin)."""
    contexts = load_lexicon().contexts
    return contexts.get("family", frozenset()) | contexts.get("kin", frozenset())


def is_kinship_noun(tok, mention_tokens) -> bool:
    """A common noun of kinship that no actor mention covers ("la nièce", not a name that
    holds the word)."""
    return tok.pos_ == "NOUN" and tok.i not in mention_tokens and bool(forms(tok) & kinship_words())


# the possessive determiners of the third person, which may take up the one a relative is named by
THIRD_PERSON_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def has_third_person_possessive(head) -> bool:
    """A trigger noun with a possessive determiner of the third person ("son interpellation",
    "leur arrestation"): its possessor, unnamed here, may be the one a relative is named by."""
    return head.pos_ == "NOUN" and any(
        c.dep_ in ("det", "nmod:poss") and c.lower_ in THIRD_PERSON_POSSESSIVES for c in head.children)


# the modifiers of a noun that may carry its "de" complement in the parse ("le fils préféré de X")
MODIFIER_DEPS = ("amod", "acl")


def placed_after(noun) -> list:
    """The adjective or participle right after a noun that qualifies it ("le fils aîné"), no
    relative clause."""
    return [c for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i == noun.i + 1
            and c.pos_ in ("ADJ", "VERB")]


def de_complement_actors(word, mention_tokens) -> set[int]:
    """The actor tokens of the nominal "de" complements of `word` ("la nièce de X"); not a
    clause hung on it ("la famille a décidé de rester quand X prendra ses fonctions")."""
    return {t.i for c in word.children if c.dep_ in PREPOSITIONAL_DEPS and c.pos_ in ("NOUN", "PROPN")
            and case_of(c) in DE_CASES for t in c.subtree if mention_tokens.get(t.i)}


def kin_complement_indices(sent, mention_tokens) -> set[int]:
    """Tokens of the actors of `sent` named only in the prepositional complement of a kinship
    noun, or of the adjective right after it, whose complement names a person (see the
    module's docstring)."""
    out: set[int] = set()
    for tok in sent:
        if not is_kinship_noun(tok, mention_tokens):
            continue
        inside: set[int] = set()
        for word in [tok, *placed_after(tok)]:    # "le fils préféré de X", "la fille aînée de X"
            inside |= de_complement_actors(word, mention_tokens)
        if any(m.actor_type == "person" for i in inside for m in mention_tokens.get(i, ())):
            out |= inside
    return whole_mentions(out, sent, mention_tokens) if out else out

