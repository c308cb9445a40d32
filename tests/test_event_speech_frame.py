"""An 'entretien' named as the text or broadcast something is said in ("dans un entretien au
journal X, Y estime") is an interview given, no meeting (issue 19, branch issue-19-meetagree):
sense.is_speech_frame, option not_speech_frame of 'entretien' and 'entretien téléphonique'.
French sentences written for these tests; each negative test fails without the rule, the
controls pass with and without it."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]


def test_what_is_said_in_an_interview_is_no_meeting(nlp):
    text = ("Intro. Dans cet entretien de dix pages, Paul Martin a estimé que la réforme des "
            "retraites restait nécessaire.")
    assert not meetings(nlp, text, MARTIN)


def test_an_attack_made_in_ones_interview_is_no_meeting(nlp):
    text = "Intro. Dans son entretien, Paul Martin a attaqué Claire Dupont sur sa politique agricole."
    assert not meetings(nlp, text, MARTIN + DUPONT)


def test_a_telephone_interview_given_to_a_radio_is_no_meeting(nlp):
    text = ("Intro. « Nous ne céderons pas », a dit Paul Martin dans un entretien téléphonique à une "
            "radio locale.")
    assert not meetings(nlp, text, MARTIN)


def test_a_talk_held_with_someone_stays_a_meeting(nlp):
    text = "Intro. Paul Martin a eu mardi un long entretien avec Claire Dupont à Lille."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_a_call_with_a_named_person_in_a_dans_phrase_stays_a_meeting(nlp):
    text = ("Intro. Dans un entretien téléphonique avec Claire Dupont, Paul Martin a évoqué mardi la "
            "crise des hôpitaux.")
    assert meetings(nlp, text, MARTIN + DUPONT)
