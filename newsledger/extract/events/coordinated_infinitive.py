"""A trigger that is the object of the later member of a coordination of infinitives: "a suggéré
à X de quitter l'Union et de conclure un accord", "a appelé les deux camps à cesser les combats
et à engager des négociations", "la nécessité de former un gouvernement et de commencer à
négocier". In the parse the later infinitive hangs on the first (relation "conj"), and only the
first carries the relation of the whole coordination to its governor (syntax.first_conjunct);
the irrealis walk goes up from a trigger noun to its infinitive but does not pass a "conj", so
what the governor wishes, asks, advises or proposes reached only the first member. Every member
of a coordination of complements shares its relation to the governor (Grevisse, Le bon usage,
the coordination of infinitive complements), so the trigger is read as the same complement of
the first infinitive: it is no happening when the first infinitive is (reference.irrealis).
Only the trigger's core relations to its infinitive (its object, its "à" complement: the act the
infinitive names) are read so, not an adjunct ("et de partir après le sommet": the summit is
presupposed). Read for the types with the type option coordinated_unreal (data/event_triggers.json:
agreement, meeting, sanction, aid, the happenings concluded between parties). Hook:
events/candidates.py."""
from __future__ import annotations

from newsledger.extract.events.parted_infinitive import ACT_DEPS   # the trigger's core relations to its infinitive
from newsledger.extract.events.syntax import first_conjunct


def first_infinitive(head):
    """The first infinitive of the coordination whose later member has the trigger noun as its
    object or 'à' complement ("de quitter l'Union et de conclure un accord": "quitter" for
    "accord"); None when the trigger is not so placed."""
    if head.dep_ not in ACT_DEPS or head.head.i == head.i:
        return None
    verb = head.head
    if verb.pos_ != "VERB" or "Inf" not in verb.morph.get("VerbForm"):
        return None
    lead = first_conjunct(verb)
    while lead is not None:                        # "de X, de Y et de conclure un accord"
        verb, lead = lead, first_conjunct(lead)
    return verb if verb.i != head.head.i else None
