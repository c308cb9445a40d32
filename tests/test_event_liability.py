"""A penalty or a proceeding one incurs or is liable to (events/liability.py, read by
reference.irrealis), on French sentences written for these tests: "encourir", "risquer" and
"passible" name the penalty the law sets, none passed; a sentence passed and the charge that
carries the penalty stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]


def legal(nlp, text):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == "legal_action"]


def test_a_prison_term_incurred_is_no_imprisonment(nlp):
    assert not legal(nlp, "Intro. Paul Martin encourt dix ans d'emprisonnement pour fraude fiscale.")


def test_a_prison_term_risked_is_no_imprisonment(nlp):
    assert not legal(nlp, "Intro. Claire Dupont risque dix ans d'emprisonnement.")


def test_a_term_an_offence_is_liable_to_is_none(nlp):
    assert not legal(nlp, "Intro. Selon le droit belge, ce délit est passible d'un an d'emprisonnement, "
                          "a rappelé Paul Martin.")


def test_a_term_carried_by_a_charge_is_none_but_the_charge_stays(nlp):
    found = legal(nlp, "Intro. Claire Dupont a été inculpée de trafic, une accusation passible de "
                       "plusieurs dizaines d'années d'emprisonnement.")
    assert [e.trigger for e in found] == ["a été inculpée"]


def test_an_indictment_risked_behind_an_adjective_is_none(nlp):
    assert not legal(nlp, "Intro. Claire Dupont risque une triple mise en examen pour recel, selon le journal.")


def test_a_term_passed_by_a_court_stays(nlp):
    found = legal(nlp, "Intro. Le tribunal a infligé à Paul Martin une peine de deux ans d'emprisonnement.")
    assert [e.trigger for e in found] == ["emprisonnement"]


def test_a_sentence_to_a_term_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin a été condamné à dix ans d'emprisonnement.")
    assert [e.trigger for e in found] == ["a été condamné"]
