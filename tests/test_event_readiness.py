"""What one says one is ready to do (events/readiness.py, read by reference.irrealis), on French
sentences written for these tests: an infinitive right after "prêt à", however the parser hangs
it after a verb of saying and a date ("s'est dit vendredi prêt à ...": the adjective on the date,
the infinitive on "dit" or on the date), names what the subject is ready for, no happening; a
meeting held by who was ready for it leaves the trigger alone."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

LEADERS = [("Paul Martin", "Paul Martin", "person"), ("Jean Dubois", "Jean Dubois", "person"),
           ("Bolivie", "Bolivie", "country")]


def test_a_meeting_one_says_one_is_ready_for_is_none(nlp):
    assert not triggers(nlp, "Intro. Paul Martin s'était dit vendredi prêt à rencontrer le président "
                             "bolivien Jean Dubois s'il voyait des signes de bonne volonté de sa part.",
                        LEADERS, "meeting")


def test_talks_one_says_one_is_ready_for_are_none(nlp):
    assert not triggers(nlp, "Intro. Jean Dubois s'est dit vendredi prêt à discuter avec le ministre "
                             "bolivien Paul Martin s'il voyait des gestes concrets de sa part.",
                        LEADERS, "meeting")


def test_a_trip_one_says_one_is_ready_for_is_none(nlp):
    assert not triggers(nlp, "Intro. Jean Dubois s'était déclaré vendredi prêt à se rendre en Bolivie "
                             "s'il voyait des signes d'ouverture de la part de Paul Martin.",
                        LEADERS, "meeting")


def test_a_meeting_held_by_who_was_ready_stays(nlp):
    assert triggers(nlp, "Intro. Prêt à tout pour obtenir un accord, Paul Martin a rencontré mardi Jean "
                         "Dubois à Genève.", LEADERS, "meeting")
