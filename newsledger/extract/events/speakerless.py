"""Statements whose speaker the text does not tell: a speech noun in an adjunct with no one of
its own ("malgré les critiques", "face aux accusations"), or a verb of speech whose subject is a
group no name picks out ("ses détracteurs l'accusent", "certains dénoncent"). The guidelines
want a formal act of speech by a named actor; the actors found around such a trigger are the
ones spoken of, not the speakers."""
from __future__ import annotations

from newsledger.extract.events.lexicon import Lexicon
from newsledger.extract.events.syntax import SUBJECT_DEPS, case_of, forms, is_verbal
from newsledger.extract.words import either_apostrophe

# the relations by which a noun is an adjunct of a verb or a noun ("malgré les critiques",
# "sous le feu des critiques"), not what a verb says or who acts
ADJUNCT_DEPS = ("obl", "obl:mod", "obl:arg", "nmod")
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"}
# the complements that may name the speaker of a speech noun ("les critiques de X", "lancé par X")
SPEAKER_CASES = either_apostrophe({"de", "d'", "du", "des", "par", "chez"})
# the cases by which a speech noun is the means or the source of the clause's own act ("dans un
# communiqué, X a dénoncé", "X a répondu par un communiqué", "X a décidé ..., selon un
# communiqué"): its speaker is the subject of the clause
MEANS_CASES = {"dans", "par", "via", "lors", "en", "selon"}
# the partitive "de" before an adjective, which the parser may take for a preposition: "X et
# Y ont échangé de vives critiques" has the noun for the verb's object, not an adjunct
PARTITIVES = either_apostrophe({"de", "d'"})
# the indefinite pronouns of a group no name picks out (French grammar: the indefinite pronouns)
INDEFINITE_GROUPS = either_apostrophe({"certains", "certaines", "d'aucuns", "plusieurs", "beaucoup", "d'autres",
                                      "autres", "nombreux", "nombreuses"})


def names_someone(tok, mention_tokens) -> bool:
    """An actor mention, a proper name or a person entity anywhere in the phrase of `tok`."""
    return any(t.i in mention_tokens or t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in tok.subtree)


def speech_noun_without_speaker(head, mention_tokens) -> bool:
    """A speech noun in an adjunct ("malgré les critiques", "face aux accusations", "une vague
    de protestations") with no possessive, no complement or agent naming anyone ("les critiques
    de Berlin", "l'appel lancé par X") and no one in apposition: no speaker is told."""
    if head.pos_ != "NOUN" or head.dep_ not in ADJUNCT_DEPS or head.head.i == head.i \
            or case_of(head) in MEANS_CASES:
        return False
    if case_of(head) in PARTITIVES and is_verbal(head.head):
        return False                              # "ont échangé de vives critiques": the object
    for c in head.children:
        if c.dep_ in ("det", "nmod:poss") and c.lower_ in POSSESSIVES:
            return False
        if c.dep_ in ("nmod", "appos", "acl", "acl:relcl", "amod", "flat:name") and names_someone(c, mention_tokens):
            return False
    return not any(case_of(c) in SPEAKER_CASES and names_someone(c, mention_tokens)
                   for c in head.children if c.dep_.startswith(("nmod", "obl")))


def unnamed_group_speaks(verb, lex: Lexicon, mention_tokens) -> bool:
    """The subject of a verb of speech is a group no name picks out: an indefinite pronoun
    ("certains dénoncent") or a plural common noun that is no actor, title, institution or
    authority and that nothing beside it names (names_the_group: "ses détracteurs l'accusent",
    "les détracteurs de X accusent": X's critics, not X). A verb without a subject of its own
    takes its governor's."""
    if not is_verbal(verb):
        return False
    cur = verb
    for _ in range(3):
        subjects = [c for c in cur.children if c.dep_ in SUBJECT_DEPS]
        if subjects or cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    if len(subjects) != 1:
        return False
    s = subjects[0]
    if s.lower_ in INDEFINITE_GROUPS:
        return True
    if s.pos_ != "NOUN" or s.i in mention_tokens or "Plur" not in s.morph.get("Number") \
            or forms(s) & lex.speaker_words:
        return False
    return not any(names_the_group(c, mention_tokens) for c in s.children)


def names_the_group(c, mention_tokens) -> bool:
    """A word beside a group noun that names it or the body it belongs to: a name in apposition
    or listed without a preposition ("trois syndicats - la CGT, l'Unsa -"), an actor's adjective,
    or a body or state whose members the group is ("des cadres du PS"; not a person's critics or
    supporters: "les détracteurs de X")."""
    if c.dep_ in ("appos", "flat:name"):
        return True
    if c.i not in mention_tokens and c.pos_ != "PROPN":
        return False
    if c.dep_ == "amod" or case_of(c) is None:
        return True
    return c.dep_ == "nmod" and any(m.actor_type != "person" for m in mention_tokens.get(c.i, ()))
