"""The cyber noun 'vol' (issue 19): its word of contexts.cyber must stand in its own phrase
("un vol de données"), not elsewhere in its sentence: "les données du vol", an aircraft's flight
data, is no theft. French sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

LIGNE = [("Air Syldavie", "Air Syldavie", "organization")]
BANQUE = [("Banque de Bordurie", "Banque de Bordurie", "organization")]


def cyber(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "cyber_operation"]


def test_a_flights_data_is_no_theft(nlp):
    text = "Intro. Les enquêteurs d'Air Syldavie ont retrouvé mardi les données techniques du vol."
    assert not cyber(nlp, text, LIGNE)


def test_flights_resumed_online_are_no_theft(nlp):
    text = "Intro. Les vols d'Air Syldavie ont repris lundi, selon les données publiées en ligne."
    assert not cyber(nlp, text, LIGNE)


def test_a_data_theft_stays(nlp):
    text = "Intro. La Banque de Bordurie a subi lundi un vol de données bancaires de ses clients."
    assert cyber(nlp, text, BANQUE)
