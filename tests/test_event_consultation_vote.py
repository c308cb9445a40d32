"""A 'consultation' that is a vote or a poll of a population, its members or its staff (context
'ballot' of event_triggers.json: 'consultation citoyenne', 'le résultat de la consultation') is
no meeting of actors (issue 19, branch issue-19-meet5). French sentences written for these
tests; each negative test fails without the rule, the control passes with and without it."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]


def test_the_result_of_a_members_vote_is_no_meeting(nlp):
    text = "Intro. Paul Martin annoncera le résultat de la consultation à la fin du mois."
    assert not meetings(nlp, text, MARTIN)


def test_a_citizens_consultation_is_no_meeting(nlp):
    text = "Intro. Une consultation citoyenne organisée par Paul Martin a eu lieu en mars."
    assert not meetings(nlp, text, MARTIN)


def test_consultations_with_the_parties_stay_a_meeting(nlp):
    text = "Intro. Paul Martin a mené mardi des consultations avec les partis à Matignon."
    assert meetings(nlp, text, MARTIN)
