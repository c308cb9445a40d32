"""Happenings only intended or supposed through an infinitive (issue 19, branch issue-19-meet12),
on French sentences written for these tests:
- unasserted.is_intended: an infinitive completing a verb of intention with no object of its
  own ("entend se réunir avec X", "projette de rencontrer Y") is what the subject means to do,
  not what was done; "entendre" with an object of its own perceives ("ont entendu X dénoncer"):
  the act heard took place;
- hypothesis.is_under_supposition: a subjectless infinitive takes the mood of the verb it
  completes, so a trip framed by "dans le cas où elle tenterait de se rendre à X" is supposed.
Each rule loses its false event and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
LEROUX = [("Jean Leroux", "Jean Leroux", "person")]
UNION = [("Force Syndicale", "Force Syndicale", "organization")]


def of_type(nlp, text, actors, event_type):
    return [e for e in run(nlp, text, actors) if e.event_type == event_type]


def names(events):
    return set().union(*({a.canonical_name for a in e.actors} for e in events))


def test_a_meeting_one_intends_to_hold_is_no_meeting(nlp):
    text = "De son côté, Paul Martin entend se réunir avec Claire Dupont et Jean Leroux."
    assert not of_type(nlp, text, MARTIN + DUPONT + LEROUX, "meeting")


def test_a_meeting_one_plans_is_no_meeting(nlp):
    text = "Le ministre Paul Martin projette de rencontrer Claire Dupont avant l'été."
    assert not of_type(nlp, text, MARTIN + DUPONT, "meeting")


def test_a_statement_one_intends_to_make_is_no_statement(nlp):
    text = "Paul Martin entend dénoncer la réforme devant les députés."
    assert not of_type(nlp, text, MARTIN, "statement")


def test_a_protest_a_union_intends_to_hold_is_no_protest(nlp):
    text = "La Force Syndicale entend manifester devant la préfecture."
    assert not of_type(nlp, text, UNION, "protest")


def test_a_trip_under_a_supposition_is_no_trip(nlp):
    text = ("La députée exhorte le ministre à lui refuser l'entrée dans le cas où Claire Dupont "
            "tenterait de se rendre au Royaume-Uni.")
    assert not of_type(nlp, text, DUPONT, "meeting")


def test_a_statement_heard_took_place(nlp):
    text = "Les journalistes ont entendu Paul Martin dénoncer la réforme devant les députés."
    assert "Paul Martin" in names(of_type(nlp, text, MARTIN, "statement"))


def test_a_protest_heard_took_place(nlp):
    text = "Les habitants ont entendu la Force Syndicale manifester devant la préfecture."
    assert "Force Syndicale" in names(of_type(nlp, text, UNION, "protest"))


def test_a_meeting_held_stays(nlp):
    text = "Paul Martin s'est réuni avec Claire Dupont et Jean Leroux."
    found = of_type(nlp, text, MARTIN + DUPONT + LEROUX, "meeting")
    assert {"Paul Martin", "Claire Dupont", "Jean Leroux"} <= names(found)


def test_a_trip_attempted_outside_a_supposition_stays(nlp):
    text = "Claire Dupont a tenté de se rendre au Royaume-Uni pour rencontrer Paul Martin."
    assert of_type(nlp, text, MARTIN + DUPONT, "meeting")
