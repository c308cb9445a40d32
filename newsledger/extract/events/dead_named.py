"""The dead named around another act take no part in it. A person named in the sentence only as
the one who died or was killed (eval/GUIDELINES.md: the actors of a happening take part in it;
the judging precedent of docs/audit/README.md: the victim of a death is no party to the denial,
the announcement, the appeal or the court case told about it) is no speaker, partner or party of
a statement, meeting, legal action or election of that sentence:
- in the phrase of a noun of death with a determiner (data/gathering.json death_noun: "la mort
  de X", "le décès de X", "après l'assassinat de X", "ses obsèques"), when that phrase does not
  hold the trigger ("l'enquête sur la mort de X", "X a dénoncé la mort de Y": not Y; "la mort de
  X lors de son arrestation" is left alone, and so is a noun of arrest or detention of
  data/gathering.json harm_noun as the trigger: "la mort de X, lors d'une interpellation", which
  the parser hangs outside the noun of death, tells the arrest X died in); a bare noun is a set
  phrase, no one's death ("la peine de mort contre X", "condamné à mort");
- in the subject of a verb of dying (data/gathering.json dying_verb: "X est mort, ont annoncé
  ses proches", "X est décédé lundi") or of a verb of killing in the passive (killing_verb: "X a
  été tué, a indiqué le ministère"), when the trigger is not in that verb's own clause nor in the
  subject ("X, élu en 2002, est mort": his election stays); a subject with a preposition is a
  misparse ("pour X, si le suspect est décédé, ...": X is the one who speaks). Not for a legal
  action: the one who died may be the one tried or held ("X, condamné par le tribunal chargé de
  juger ..., est mort"), where the phrase of a noun of death names the victim of the case.
Only persons (an organization 'dies' only figuratively), only when every mention of the person
in the sentence is such; not for attacks (the victim of a killing is its target) nor protests
(events/protest_mourned.py). A name taken from another sentence is not read here."""
from __future__ import annotations

from newsledger.extract.events.participants import finite_number, is_inverted_incise_clause
from newsledger.extract.events.protest_mourned import split_apposition
from newsledger.extract.events.syntax import (PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, clause_indices,
                                              determiner, forms, is_passive, is_verbal,
                                              names_only_where, subtree_indices)

DEAD_TYPES = ("statement", "meeting", "legal_action", "election")


def death_phrase_indices(head, sent, death_nouns) -> set[int]:
    """The phrases of the nouns of death with a determiner of the segment that do not hold
    `head` (the noun itself left out)."""
    out: set[int] = set()
    for t in sent:
        if t.pos_ != "NOUN" or not forms(t) & death_nouns or determiner(t) == "bare":
            continue
        phrase = subtree_indices(t)
        if head.i not in phrase:
            out |= (phrase | split_apposition(t, phrase) | split_name(t, phrase)) - {t.i}
    return out


def split_name(noun, phrase) -> frozenset[int]:
    """The name the parser made a second subject of the noun's verb right after the noun's
    phrase, without a comma ("la mort du jeune homme X a ému", X parsed as a subject beside
    'mort'; a verb has one subject)."""
    if noun.dep_ not in SUBJECT_DEPS or noun.head.i == noun.i:
        return frozenset()
    end = max(phrase)
    if end + 1 >= len(noun.doc):
        return frozenset()
    nxt = noun.doc[end + 1]
    if nxt.pos_ == "PROPN" and nxt.head.i == noun.head.i and nxt.dep_ in SUBJECT_DEPS:
        return subtree_indices(nxt)
    return frozenset()


def shares_subject(head, verb) -> bool:
    """`head` lies in a verb conjunct of `verb` with no subject of its own, which shares the
    subject of `verb` ("X, dont le fils a été tué, a salué le verdict", parsed with X as the
    subject of 'tué' and 'salué' its conjunct): but for an incise whose subject comes after it,
    told by the speaker parsed as its object or by a number other than the dying verb's ("X est
    mort, ont annoncé mercredi des proches")."""
    node = head
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    if node.head.i != verb.i or node.dep_ != "conj" or not is_verbal(node):
        return False
    if any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in node.children):
        return False
    if is_inverted_incise_clause(node):
        return False
    numbers, own = finite_number(verb), finite_number(node)
    return not (numbers and own and not numbers & own)


def dying_subjects(verb) -> list[frozenset[int]]:
    """The subject phrases of a verb of dying: its subjects, or, when it has none and the parser
    made it a conjunct of a noun ("X, un alpiniste, est mort", 'mort' hung on X), that noun's
    phrase without the verb's own."""
    subjects = [subtree_indices(c) for c in verb.children
                if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
                and not any(g.dep_ == "case" for g in c.children)]   # "pour X": a misparse
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.i < verb.i:
        subjects = [subtree_indices(verb.head) - subtree_indices(verb)]
    return subjects


def dying_subject_indices(head, sent, dying_verbs, killing_verbs) -> set[int]:
    """The subjects of the verbs of dying, and of the verbs of killing in the passive, of the
    segment whose clause does not hold `head`, and that do not hold it themselves."""
    out: set[int] = set()
    for t in sent:
        f = forms(t)
        if not (f & dying_verbs or (f & killing_verbs and is_passive(t))):
            continue
        if head.i in clause_indices(t) or shares_subject(head, t):
            continue
        for phrase in dying_subjects(t):
            if head.i not in phrase:
                out |= phrase
    return out


def dead_names(etype: str, head, sent, actors: dict[str, str], mention_tokens, words) -> set[str]:
    """The persons among `actors` named in the segment only as someone who died or was killed
    apart from the trigger `head` (see the module's docstring)."""
    if etype not in DEAD_TYPES or not actors:
        return set()
    # a noun of arrest or detention beside a death may tell the arrest the dead died in ("la mort
    # de X, lors d'une interpellation": the parser hangs it outside the noun of death)
    dead = set() if forms(head) & words.harm_nouns else death_phrase_indices(head, sent, words.death_nouns)
    if etype != "legal_action":                   # "X, jugé en 2010, est mort": the one tried may die
        dead |= dying_subject_indices(head, sent, words.dying_verbs, words.killing_verbs)
    if not dead:
        return set()
    return names_only_where(sent, mention_tokens,
                            lambda t, m: t.i in dead and m.actor_type == "person", actors)
