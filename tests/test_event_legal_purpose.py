"""A legal action told only as the purpose of another act ("pour" / "afin de" + the trigger's
present infinitive) is no happening, unless that act is told as accomplished; "pour" with the
past infinitive gives a cause and stays (events/purpose.py). French sentences written for these
tests."""
from __future__ import annotations

from test_event_legal_crowd import events  # the same people and legal-action filter
from test_events import names, nlp  # noqa: F401  (the session pipeline fixture)


def test_an_arrest_that_troops_will_be_sent_for_is_none(nlp):
    assert events(nlp, "Intro. Claire Dupont enverra des soldats à la frontière pour arrêter Paul Martin.") == []


def test_a_release_sought_through_talks_is_none(nlp):
    assert events(nlp, "Intro. Claire Dupont participe aux négociations pour faire libérer Paul Martin.") == []


def test_a_charge_evidence_is_sought_for_is_none(nlp):
    assert events(nlp, "Intro. Le parquet de Lyon cherche des preuves afin d'inculper Paul Martin.") == []


def test_a_cause_told_by_the_past_infinitive_stays(nlp):
    found = events(nlp, "Intro. Paul Martin a été condamné mardi pour avoir menacé Claire Dupont.")
    assert found and "Paul Martin" in names(found[0])


def test_an_arrest_carried_out_stays(nlp):
    found = events(nlp, "Intro. La police de Lyon a arrêté Paul Martin mardi pour l'interroger.")
    assert found and "Paul Martin" in names(found[0])


def test_the_purpose_of_an_act_told_as_accomplished_stays(nlp):
    found = events(nlp, "Intro. La police de Lyon avait envoyé des agents pour arrêter Paul Martin.")
    assert found and "Paul Martin" in names(found[0])
