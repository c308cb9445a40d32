""""se retrouver" in its copular sense with a prepositional attribute: to end up in a state,
no meeting (TLFi, s.v. retrouver: "se retrouver", se trouver soudain dans telle situation).

French grammar gives the attribute of a copular verb a prepositional form besides the
adjective and the participle (which constraints.is_reciprocal already reads): the privative
"sans" with a bare noun ("des milliers de salariés se sont retrouvés sans emploi", "sans
ressources", "sans abri": left without), and a noun of a situation or a rank after its
preposition ("ils se sont retrouvés dans une situation délicate", "dans la position de",
"au chômage", "en difficulté", "à un niveau historiquement bas"; contexts.end_up_state). Such
a complement tells the state the subjects are in, not where or with whom they meet; the
meeting stays with a place, a time or a partner ("se sont retrouvés dans un restaurant",
"avec X", "pour un déjeuner")."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import case_of, forms

# the relations by which a prepositional phrase completes the verb
COMPLEMENT_DEPS = ("obl", "obl:arg", "obl:mod")
# the preposition of privation: "sans" + a bare noun is a state of lacking
PRIVATIVE_CASES = {"sans"}
# what makes a "sans" noun a particular thing rather than a state lacked ("sans leurs enfants")
OWN_DETERMINERS = ("det", "nmod:poss")


def is_privative_state(phrase) -> bool:
    """A bare noun after "sans", with no determiner of its own ("sans emploi", "sans abri")."""
    return phrase.pos_ == "NOUN" and case_of(phrase) in PRIVATIVE_CASES \
        and not any(c.dep_ in OWN_DETERMINERS for c in phrase.children)


def names_a_state(phrase, lex: Lexicon) -> bool:
    """A noun of contexts.end_up_state after a preposition ("dans une situation", "au
    chômage", "en difficulté", "à un niveau bas")."""
    return phrase.pos_ == "NOUN" and case_of(phrase) is not None \
        and bool(forms(phrase) & lex.contexts.get("end_up_state", frozenset()))


def ends_up_in_a_state(verb, lex: Lexicon) -> bool:
    """The verb has a prepositional attribute of state (see the module): to end up so."""
    return any(c.dep_ in COMPLEMENT_DEPS and (is_privative_state(c) or names_a_state(c, lex))
               for c in verb.children)
