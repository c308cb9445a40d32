"""The one acted on, taken up by a pronoun from an unnamed subject (eval/GUIDELINES.md: a legal
action's actors are who brings it, who judges or carries it out, and who is charged, tried,
arrested or released; one not named takes no part as a named actor).

French news keeps its topic as the subject from one sentence to the next (Grosz, Joshi and
Weinstein 1995, centering: the preferred center of a sentence is its subject): in "Les deux
hommes ont été reconnus non coupables. Ils ont été libérés", "ils" takes up "les deux hommes",
and in "L'assaillant avait été condamné en 2018. Il a été libéré en janvier", "il" takes up
"l'assaillant". When that subject is a common noun of people that names no one (no name of its
own in it, no title whose holder a rule may find: lexicon contexts person_role and person_noun
without the titles of office.title_words), the pronoun names no one either: the actors named
elsewhere in the sentence before (the medium it is read in, the prosecutor who appeals, the
country of the victims' nationality) are not the one acted on. A chain of the same pronoun as
the subject ("Elles ont été mises en examen. Six d'entre elles ...") is followed back to the
subject it takes up. The noun must agree with the pronoun in number, and in gender when both
show one ("elles" takes up "les personnes", not "les hommes").

Read by participants.resolve_pronoun_subject for the passive subject of a trigger (the one
acted on: "il a été libéré"), not for a doer or a speaker."""
from __future__ import annotations

from newsledger.extract.events.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, clitic, forms

PRONOUN_NUMBER = {"il": "Sing", "elle": "Sing", "ils": "Plur", "elles": "Plur"}
PRONOUN_GENDER = {"il": "Masc", "ils": "Masc", "elle": "Fem", "elles": "Fem"}
# the relations by which a noun names its holder or itself without a preposition
NAMING_DEPS = ("appos", "flat", "flat:name", "compound")
# how many sentences back a chain of the same pronoun is followed
CHAIN_REACH = 3


def main_subjects(sent) -> list:
    """The subjects of the sentence's main verb (active or passive)."""
    return [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]


def names_no_one(noun, named: set[int]) -> bool:
    """Neither the noun nor a word naming it without a preposition ("le suspect X", "l'homme,
    X,") is part of an actor's mention (`named`: the token indices of the sentence's mentions)."""
    if noun.i in named:
        return False
    return not any(c.dep_ in NAMING_DEPS or (c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children))
                   for c in noun.children if any(t.i in named for t in c.subtree))


def agrees(noun, pronoun) -> bool:
    """The noun agrees with the personal pronoun in number, and in gender when it shows one."""
    said = clitic(pronoun)
    if PRONOUN_NUMBER[said] not in noun.morph.get("Number"):
        return False
    gender = noun.morph.get("Gender")
    return not gender or PRONOUN_GENDER[said] in gender


def unnamed_antecedent(pronoun, sents, index: int, named_by_sentence, people: frozenset[str],
                       titles: frozenset[str]) -> bool:
    """The personal pronoun `pronoun`, subject of a verb in sentence `index` of `sents`, takes up
    the subject of the sentence before, a common noun of people that names no one (see the
    module's docstring); through a chain of the same pronoun as subject of the sentences between.
    `named_by_sentence`: sentence index -> token indices of its mentions; `people`: the nouns of
    people; `titles`: the title nouns, left to the rules of offices."""
    if clitic(pronoun) not in PRONOUN_NUMBER:
        return False
    for back in range(1, CHAIN_REACH + 1):
        k = index - back
        if k < 0:
            return False
        subjects = main_subjects(sents[k])
        if any(s.pos_ == "PRON" and clitic(s) == clitic(pronoun) for s in subjects):
            continue                              # "Elles ont été ... Six d'entre elles ..."
        return any(s.pos_ == "NOUN" and forms(s) & people and not forms(s) & titles
                   and names_no_one(s, named_by_sentence.get(k, set())) and agrees(s, pronoun)
                   for s in subjects)
    return False
