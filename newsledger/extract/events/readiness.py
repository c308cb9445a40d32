"""A happening one says one is ready or willing to take part in is none yet.

"X s'est dit prêt à rencontrer Y", "Z s'est montré disposé à négocier", "déterminée à se
rendre à W": the infinitive after an adjective of readiness or willingness (the adjectives
of contexts.irrealis of data/event_triggers.json: 'prêt', 'disposé', 'enclin', 'déterminé',
'capable', 'susceptible'; and the adjectives of disposition of data/irreality.json,
'ouvert à') names what the subject is ready for, not an act done or announced. The irrealis
walk of reference.py reads it where the parser hangs the infinitive on the adjective; after a
verb of saying or seeming ("se dire", "se montrer", "se déclarer") and a date, it hangs the
adjective on the date noun ("vendredi prêt") and the infinitive on the verb, so the words'
order is read, not the attachment, as events/competence.py does for the words of competence.
Hook: reference.irrealis.
"""
from __future__ import annotations

from newsledger.extract.events.syntax import forms, is_infinitive

# the prepositions that introduce the infinitive of readiness ("prêt à", "susceptible de")
READINESS_MARKS = {"à", "de", "d'", "d’"}


def is_readied(head, readiness: frozenset[str]) -> bool:
    """The trigger is an infinitive whose "à" or "de" comes right after an adjective of readiness
    or willingness ("s'est dit vendredi prêt à rencontrer X"). Not the noun object of such an
    infinitive ("prêtes à entamer des négociations"): talks one says one is ready to open are
    often told as set, the walk alone reads it where the parser hangs it on the adjective."""
    if not is_infinitive(head):
        return False
    verb = head
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in READINESS_MARKS and c.i < verb.i]
    if not marks or marks[0].i == verb.sent.start:
        return False
    before = verb.doc[marks[0].i - 1]
    return before.pos_ == "ADJ" and bool(forms(before) & readiness)
