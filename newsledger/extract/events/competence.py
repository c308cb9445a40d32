"""A competence or an entitlement to act is no happening.

"la seule juridiction compétente pour juger les ministres", "le parquet, habilité à
poursuivre", "X a la légitimité pour convoquer des élections", "le pouvoir de nommer les
juges": the infinitive names what a court, a body or a person may do, a rule of competence,
not an act done or announced (data/irreality.json competence: the adjectives and nouns of
competence and entitlement; TLFi s.v. compétent, habiliter, légitimité, prérogative). The
trigger is that infinitive, introduced by "à", "de" or "pour" right after such a word, or the
direct object of that infinitive. The words' order is read, not the attachment: the parser
hangs "compétente pour poursuivre" on the main verb of the sentence and "la légitimité pour
provoquer des élections" on "avoir". (Where it does hang the infinitive on "droit" or "pouvoir",
the irrealis walk of reference.py reads it too.)
Hook: reference.irrealis.
"""
from __future__ import annotations

from newsledger.extract.events.syntax import forms, is_infinitive

# the prepositions that introduce the infinitive of a competence ("compétent pour juger",
# "habilité à poursuivre", "le droit de manifester")
COMPETENCE_MARKS = {"à", "de", "d'", "d’", "pour"}
# the parts of speech of a word of competence (the tagger may take "habilitée" for a noun)
COMPETENCE_POS = ("ADJ", "NOUN")


def infinitive_of(head):
    """The infinitive the trigger is, or whose direct object it is ("pour provoquer des
    élections"); None otherwise."""
    if is_infinitive(head):
        return head
    if head.dep_ == "obj" and head.head.i != head.i and is_infinitive(head.head):
        return head.head
    return None


def is_competence(head, competence: frozenset[str]) -> bool:
    """The trigger is an infinitive (or the object of one) whose "à", "de" or "pour" comes
    right after an adjective or noun of competence ("seule compétente pour juger",
    "la légitimité pour provoquer des élections")."""
    verb = infinitive_of(head)
    if verb is None:
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in COMPETENCE_MARKS and c.i < verb.i]
    if not marks or marks[0].i == verb.sent.start:
        return False
    before = verb.doc[marks[0].i - 1]
    return before.pos_ in COMPETENCE_POS and bool(forms(before) & competence)
