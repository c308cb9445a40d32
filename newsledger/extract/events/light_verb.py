"""A verb of handing over with a bare singular noun as its direct object forms a light-verb
idiom, no transfer: "donner lieu à" (to give rise to), "donner suite", "donner raison",
"livrer bataille", "accorder crédit". French grammar marks a count noun handed over with a
determiner ("livrer des armes", "donner une aide", "fournir du matériel"); a bare singular
object, not coordinated with another, is the noun of a fixed verbal phrase (Grevisse, Le bon
usage, locutions verbales: "avoir peur", "donner lieu", "faire face"), whose meaning is not
that of the verb (TLFi, s.v. lieu: "donner lieu à", "être l'occasion de"). A noun of the
lexicon's own aid words ("accorder asile", "porter secours") is not read here."""
from __future__ import annotations

from newsledger.extract.events.syntax import determiner, is_verbal
from newsledger.extract.words import MONTHS, TIME_NOUNS, WEEKDAYS

# a bare noun of time the parser may take for an object ("a rapatrié mardi 300 personnes")
TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | TIME_NOUNS


def bare_singular_object(verb) -> bool:
    """The verb's direct object is a common noun in the singular with no determiner, number or
    possessive, not coordinated with another noun, not a name and not a word of time ("a donné
    lieu à une passe d'armes"; not "a rapatrié mardi 300 ressortissants")."""
    if not is_verbal(verb):
        return False
    for c in verb.children:
        if c.dep_ != "obj" or c.pos_ != "NOUN" or "Plur" in c.morph.get("Number"):
            continue
        if determiner(c) != "bare" or any(g.dep_ in ("conj", "cc", "case") for g in c.children) \
                or c.text[:1].isupper() or c.lower_ in TIME_WORDS:
            continue
        return True
    return False
