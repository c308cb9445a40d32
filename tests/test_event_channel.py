"""A call and a visit coordinated in one sentence are two meetings (events/channel.py,
contexts.remote_channel of data/event_triggers.json), on French sentences written for these
tests: the visit is no longer merged into the call; a meeting verb coordinated with a call
tells the call again and stays merged."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

SOTO = [("Ana Soto", "Ana Soto", "person")]
RUIZ = [("Pablo Ruiz", "Pablo Ruiz", "person")]
CASTRO = [("Luis Castro", "Luis Castro", "person")]


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


def test_a_call_then_a_visit_are_two_meetings(nlp):
    text = ("Intro. La ministre Ana Soto s'est entretenue par téléphone avec son homologue Pablo "
            "Ruiz et s'est rendue lundi à Lima pour rencontrer le président Luis Castro.")
    found = meetings(nlp, text, SOTO + RUIZ + CASTRO)
    assert len(found) == 2
    assert any("Luis Castro" in {a.canonical_name for a in e.actors} and "rendue" in e.trigger
               for e in found)


def test_a_visit_then_a_call_are_two_meetings(nlp):
    text = ("Intro. La ministre Ana Soto s'est rendue lundi à Lima et s'est entretenue par "
            "téléphone avec son homologue Pablo Ruiz.")
    assert len(meetings(nlp, text, SOTO + RUIZ)) == 2


def test_a_discussion_coordinated_with_a_call_is_the_call(nlp):
    text = ("Intro. La ministre Ana Soto s'est entretenue par téléphone avec son homologue Pablo "
            "Ruiz et a discuté avec lui de la frontière.")
    assert len(meetings(nlp, text, SOTO + RUIZ)) == 1


def test_a_meeting_and_a_visit_in_person_stay_one(nlp):
    text = ("Intro. La ministre Ana Soto s'est entretenue avec son homologue Pablo Ruiz et s'est "
            "rendue lundi à Lima.")
    assert len(meetings(nlp, text, SOTO + RUIZ)) == 1
