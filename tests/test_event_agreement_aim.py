"""Agreements only aimed at or appealed for (issue 19, branch issue-19-meetagree), on French
sentences written for these tests: a noun after the locution "en vue de" is the goal of an
effort (reference.is_aim_of_purpose, type option aim_unreal), and the irrealis walk goes on
through a day of the month the parser hung the complement on ("son appel du 12 avril à un
cessez-le-feu": reference.is_day_of_month). Each negative test fails without its rule; the
controls pass with and without them."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)


def agreements(nlp, text, actors):
    return typed(run(nlp, text, actors), "agreement")


STATES = [("Syldavie", "Syldavie", "country"), ("Bordurie", "Bordurie", "country")]
LEROY = [("Jean Leroy", "Jean Leroy", "person")]


def test_an_agreement_a_meeting_aims_at_is_no_agreement(nlp):
    text = "Intro. La Syldavie et la Bordurie ont tenu mardi une réunion en vue d'un accord sur la frontière."
    assert not agreements(nlp, text, STATES)


def test_a_ceasefire_efforts_aim_at_is_no_agreement(nlp):
    text = ("Intro. La Syldavie et la Bordurie ont promis d'accélérer les efforts en vue des discussions "
            "directes et d'un cessez-le-feu durable.")
    assert not agreements(nlp, text, STATES)


def test_an_agreement_signed_stays(nlp):
    text = "Intro. La Syldavie et la Bordurie ont signé mardi un accord sur la frontière."
    assert agreements(nlp, text, STATES)


def test_a_ceasefire_appealed_for_on_a_date_is_no_agreement(nlp):
    text = ("Intro. Jean Leroy a salué la réponse de la Syldavie et de la Bordurie à son appel du 23 mars "
            "à un cessez-le-feu mondial.")
    assert not agreements(nlp, text, STATES + LEROY)


def test_a_ceasefire_concluded_on_a_date_stays(nlp):
    text = "Intro. Le cessez-le-feu du 12 avril entre la Syldavie et la Bordurie a été signé à Genève."
    assert agreements(nlp, text, STATES)
