"""An attack word whose doer or whose victim is an animal names no armed attack between actors:
"une invasion de criquets", "une attaque de requin", "les attaques de loups contre les
troupeaux", "le massacre des phoques", "un randonneur attaqué par un ours". TLFi s.v. invasion
gives the sense "arrivée massive d'animaux nuisibles" ("une invasion de sauterelles") and s.v.
attaque that of an animal that attacks; GUIDELINES.md counts as an attack the armed attack, the
invasion and fighting of actors, and the killing or wounding of a named victim, none of which
an animal's doing is.

The animal is a noun of contexts.animal (general French usage: the wild and stray animals and
the pests that news tells attacking or invading) written in lower case (a capital names a
group: "les Loups gris", "les Tigres tamouls"), not part of an actor's mention, and:
- for a trigger noun, its own 'de' complement or 'par' complement, or a conjunct of one
  ("une invasion de rats et de souris");
- for a trigger verb, its subject or its passive agent ("un ours a attaqué", "attaqué par un
  requin").

Read by constraints.rule_accepts for the attack type."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import DE_CASES, case_of, forms, is_verbal

ANIMAL_SET = "animal"
NOUN_CASES = DE_CASES | {"par"}
SUBJECT_DEPS = ("nsubj", "obl:agent")


def with_conjuncts(tok) -> list:
    return [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN")]


def is_animal(tok, animals: frozenset[str], mention_tokens=()) -> bool:
    """A common noun of an animal, in lower case, in no actor's mention."""
    return tok.pos_ == "NOUN" and tok.text[:1].islower() and bool(forms(tok) & animals) \
        and tok.i not in mention_tokens


def done_by_animals(tok, lex: Lexicon, mention_tokens=()) -> bool:
    """Whether the attack word `tok` has an animal as its doer or its victim (module doc)."""
    animals = lex.contexts.get(ANIMAL_SET, frozenset())
    if not animals:
        return False
    if is_verbal(tok):
        args = [c for c in tok.children if c.dep_ in SUBJECT_DEPS
                and (c.dep_ == "nsubj" or case_of(c) == "par")]
    elif tok.pos_ == "NOUN":
        args = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) in NOUN_CASES]
    else:
        return False
    return any(is_animal(o, animals, mention_tokens) for a in args for o in with_conjuncts(a))
