"""Who judges a happening in a copular clause takes no part in it (eval/GUIDELINES.md: an
event's actors take part in it; who only comments on it does not, as events/commentary.py
reads for a verb of judging). When the trigger (or the noun whose "de" complement it is: "le
premier tour des élections") is the subject of the verb "être" and its attribute is an
adjective or a noun that qualifies it ("la mobilisation a été un succès", "l'attentat est
abominable", "la nomination de X était la synthèse du pire"), the clause judges the
happening and tells no act of anyone. Who is named only where French says who judges goes:
- an opinion adjunct of the clause: "Pour X, le premier tour a été un échec" ("pour X" before
  the subject, set off by a comma), "selon X", "d'après X" (the parser may hang the clause on
  "X": that phrase is read all the same);
- an incise hung on the attribute ("..., a dit X", parataxis);
- the subject of the verb of saying or judging whose complement the clause is, with all its
  phrase, not its relative clauses: "X, secrétaire général du parti Y, a estimé que la
  nomination de Z était une erreur" (the party is named for the speaker, as his title).
French grammar (Grevisse, Le bon usage, the attribute of the subject): the attribute says what
the subject is; "pour X" placed before the subject says in whose opinion.
Not when the attribute is a past participle ("les élections ont été truquées": a passive tells
what was done, and by whom) or a prepositional phrase ("l'enquête est en cours", "à la
hauteur de": a state, not a judgement); not when the trigger's phrase names someone back with a
possessive or a personal pronoun ("sa visite a été un succès": commentary.names_back); not
through a verb in the first person. Whoever else the sentence names stays: in the trigger's
phrase or the attribute's complements ("la grève des cheminots de X", "un test pour X"), or
elsewhere ("X a appelé les grévistes de Y à ..., répétant que la grève n'est jamais une
solution": Y's staff strike). Read for the types of commentary.SPOKEN_OF_TYPES (protest,
election, agreement, attack) through commentary.speakers."""
from __future__ import annotations

from newsledger.extract.events.gathering import in_first_person
from newsledger.extract.events.syntax import (DE_CASES, PREPOSITIONAL_DEPS, SUBJECT_DEPS, case_of, forms,
                                             is_attribution, is_past_participle, is_verbal, names_only_where,
                                             subtree_indices)

OPINION_CASES = frozenset({"pour"})
INCISE_DEPS = ("parataxis",)


def judged_subject(head):
    """The trigger, or the noun whose "de" complement it is ("le premier tour des élections"):
    the phrase that may be the subject of a judging clause."""
    while head.dep_ == "nmod" and case_of(head) in DE_CASES and head.head.pos_ == "NOUN":
        head = head.head
    return head


def judged_attribute(head):
    """The attribute of the copular clause whose subject is `head` ("la grève a été un succès"
    -> "succès"), when it is an adjective or a noun with no preposition and no past participle;
    None otherwise."""
    pred = head.head
    if head.dep_ != "nsubj" or pred.i == head.i or pred.pos_ not in ("ADJ", "NOUN"):
        return None
    if not any(c.dep_ == "cop" and c.lemma_ == "être" for c in pred.children):
        return None
    if is_past_participle(pred) or case_of(pred) is not None:
        return None
    return pred


def is_opinion_adjunct(tok, subject) -> bool:
    """A prepositional phrase of the attribute that says in whose opinion: "selon X", "d'après
    X" anywhere, "pour X" written before the subject ("Pour X, la grève a été un échec")."""
    return tok.dep_ in PREPOSITIONAL_DEPS and is_opinion_phrase(tok, subject)


def is_opinion_phrase(tok, subject) -> bool:
    """`tok` heads "selon X", "d'après X", or "pour X" written before `subject`."""
    return is_attribution(tok) or (case_of(tok) in OPINION_CASES and tok.i < subject.i)


def judges(head, sent, mention_tokens, verbs=frozenset(), names_back=lambda phrase: False) -> set[str]:
    """The actors named in the segment only where the copular clause that judges the trigger
    `head` (judged_attribute) names who judges it: its opinion adjuncts and incises, and the
    subject of the verb of saying or judging (`verbs`) whose complement the clause is, with all
    its phrase ("X, secrétaire général du parti Y, a estimé que ...": the party is named for the
    speaker), not its relative clauses. Not through a verb in the first person. `names_back`:
    the trigger's phrase names someone back (commentary.names_back)."""
    head = judged_subject(head)
    pred = judged_attribute(head)
    if pred is None or names_back(head):
        return set()
    judging: set[int] = set()
    for c in pred.children:
        if c.dep_ in INCISE_DEPS or is_opinion_adjunct(c, head):
            judging |= subtree_indices(c)
    verb = pred.head
    if verb.i != pred.i and is_opinion_phrase(verb, head):   # the parser may hang the clause on
        judging |= subtree_indices(verb) - subtree_indices(pred)  # "Pour X": "X" root, "échec" its nmod
    if pred.dep_ == "ccomp" and is_verbal(verb) and forms(verb) & verbs and not in_first_person(verb):
        for subject in verb.children:
            if subject.dep_ in SUBJECT_DEPS:
                judging |= subtree_indices(subject) - {i for c in subject.subtree if c.dep_ == "acl:relcl"
                                                       for i in subtree_indices(c)}
    return names_only_where(sent, mention_tokens, lambda t, m: t.i in judging)
