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
"avec X", "pour un déjeuner").

Two more forms of the same copular sense (branch issue-19-motion):
- an adjective or past participle after the verb that the parser attached by another relation
  than the xcomp constraints.is_reciprocal reads ("ils se sont retrouvés démunis", tagged as a
  modifier): the attribute agrees with the verb in number, has no preposition of its own, and
  is no reduplicated locution of position ("seul à seul": a tête-à-tête, a meeting);
- "se retrouver avec" + a thing, to end up having it (TLFi s.v. retrouver, "se retrouver avec
  qqc."): "on s'est retrouvé avec une page blanche", "ils se retrouvent avec des dettes". The
  partner of a meeting after "avec" is an actor, a name, a pronoun or a noun of people (a
  title, a role, a relative: "avec ses homologues", "avec sa mère"); a common noun that is
  none of these is what one is left with.
A third form (branch issue-19-prot): "se retrouver devant" a court or a judge (contexts.court_bench: "se sont
retrouvés devant un juge", "se retrouvent devant la justice") is to appear in court, a hearing
of a case, no meeting of the accused among themselves or with the judge.
A locution of position beside the verb ("nez à nez", written "nez-à-nez" too; "face à face")
tells an encounter ("s'est retrouvé nez-à-nez avec un retraité": came face to face with him,
TLFi s.v. nez), so neither form reads it as a state."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import case_of, forms, is_past_participle

# the relations by which a prepositional phrase completes the verb
COMPLEMENT_DEPS = ("obl", "obl:arg", "obl:mod")
# the preposition of privation: "sans" + a bare noun is a state of lacking
PRIVATIVE_CASES = {"sans"}
# what makes a "sans" noun a particular thing rather than a state lacked ("sans leurs enfants")
OWN_DETERMINERS = ("det", "nmod:poss")
# the relations of a clause of its own beside the verb ("se sont retrouvés puis ont signé")
CLAUSE_DEPS = ("conj", "parataxis", "ccomp", "advcl", "csubj", "acl:relcl", "xcomp")
# the words that give a participle or adjective a clause or a complement of its own
OWN_CLAUSE_DEPS = ("case", "mark", "cc", "aux", "aux:tense", "aux:pass", "nsubj", "nsubj:pass", "cop")
# the preposition of appearing before a court ("devant le juge")
BEFORE_CASES = {"devant"}
# the preposition of company: a partner met, or a thing one is left with
WITH_CASES = {"avec"}
# the part-of-speech tags of a name or a pronoun: a partner met ("avec Paul Martin", "avec lui")
PARTNER_POS = ("PROPN", "PRON")
# the contexts whose nouns name people one may meet with, besides lex.people and titles
PEOPLE_CONTEXTS = ("family",)


def is_privative_state(phrase) -> bool:
    """A bare noun after "sans", with no determiner of its own ("sans emploi", "sans abri")."""
    return phrase.pos_ == "NOUN" and case_of(phrase) in PRIVATIVE_CASES \
        and not any(c.dep_ in OWN_DETERMINERS for c in phrase.children)


def names_a_state(phrase, lex: Lexicon) -> bool:
    """A noun of contexts.end_up_state after a preposition ("dans une situation", "au
    chômage", "en difficulté", "à un niveau bas")."""
    return phrase.pos_ == "NOUN" and case_of(phrase) is not None \
        and bool(forms(phrase) & lex.contexts.get("end_up_state", frozenset()))


def is_state_attribute(word, verb) -> bool:
    """An adjective or past participle after the verb, with no preposition or conjunction of its
    own, agreeing with the verb in number where both show it: "ils se sont retrouvés démunis" (see
    the module)."""
    if word.i < verb.i:
        return False
    if not (word.pos_ == "ADJ" or (word.pos_ == "VERB" and is_past_participle(word))):
        return False
    if word.dep_ in CLAUSE_DEPS or any(c.dep_ in OWN_CLAUSE_DEPS for c in word.children):
        return False
    number, own = verb.morph.get("Number"), word.morph.get("Number")
    return not number or not own or number == own


def is_before_a_court(phrase, lex: Lexicon) -> bool:
    """A noun of contexts.court_bench after "devant": "devant un juge", "devant la justice"."""
    return phrase.pos_ == "NOUN" and case_of(phrase) in BEFORE_CASES \
        and bool(forms(phrase) & lex.contexts.get("court_bench", frozenset()))


def names_a_partner(phrase, lex: Lexicon, mention_tokens) -> bool:
    """The phrase names someone to meet: an actor, a name or a pronoun, or a noun of people
    (lex.people, titles, contexts.family)."""
    people = lex.people | lex.speaker_titles | frozenset().union(
        *(lex.contexts.get(name, frozenset()) for name in PEOPLE_CONTEXTS))
    return phrase.pos_ in PARTNER_POS or bool(forms(phrase) & people) \
        or any(t.i in mention_tokens for t in phrase.subtree)


def ends_up_with_a_thing(verb, lex: Lexicon, mention_tokens) -> bool:
    """An "avec" complement of the verb is a common noun that names no partner: "on s'est
    retrouvé avec une page blanche" (see the module)."""
    return any(c.dep_ in COMPLEMENT_DEPS and c.pos_ == "NOUN" and case_of(c) in WITH_CASES
               and not names_a_partner(c, lex, mention_tokens)
               for c in verb.children)


def is_position_locution(word) -> bool:
    """A noun repeated around "à", in one token or three ("nez-à-nez", "face à face"): how
    people come together, no attribute."""
    parts = word.lower_.split("-à-")
    return (len(parts) == 2 and parts[0] == parts[1]) or any(
        c.lower_ == word.lower_ and case_of(c) == "à" for c in word.children)


def ends_up_in_a_state(verb, lex: Lexicon, mention_tokens=None) -> bool:
    """The verb has an attribute of state, prepositional or not, or ends up with a thing, and
    no locution of position (see the module): to end up so."""
    if any(c.dep_ in COMPLEMENT_DEPS and (is_privative_state(c) or names_a_state(c, lex)
                                          or is_before_a_court(c, lex))
           for c in verb.children):
        return True
    if any(is_position_locution(c) for c in verb.children):
        return False                          # "s'est retrouvé nez-à-nez avec X": an encounter
    return any(is_state_attribute(c, verb) for c in verb.children) \
        or ends_up_with_a_thing(verb, lex, mention_tokens or {})
