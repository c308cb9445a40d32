"""A trigger noun after "sans" with no determiner (unasserted.is_lacked_noun, read by
reference.irrealis), on French sentences written for these tests: "sans" + a bare noun names
what is lacking, no happening; the legal action the "sans" phrase qualifies stays."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]


def legal(nlp, text):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == "legal_action"]


def test_a_charge_lacked_is_no_charge(nlp):
    assert not legal(nlp, "Intro. Paul Martin reste libre, sans inculpation à ce stade.")


def test_a_detention_without_trial_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin est détenu sans procès depuis deux ans.")
    assert [e.trigger for e in found] == ["est détenu"]


def test_a_release_without_charge_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin a été libéré sans inculpation.")
    assert [e.trigger for e in found] == ["a été libéré"]
