"""Legal actions: the names of the case an arrest, a charge or a trial is part of take no part
in it, but for an inquiry, whose case is what it investigates (events/legal_case.py). French
sentences written for these tests."""
from __future__ import annotations

from test_event_legal_crowd import events  # the same people and legal-action filter
from test_events import names, nlp  # noqa: F401  (the session pipeline fixture)


def test_whom_the_case_is_named_for_takes_no_part_in_a_charge(nlp):
    found = events(nlp, "Intro. Paul Martin a été mis en examen dans l'affaire Claire Dupont.")
    assert found and "Paul Martin" in names(found[0]) and "Claire Dupont" not in names(found[0])


def test_a_charge_naming_only_its_case_is_none(nlp):
    assert events(nlp, "Intro. Mis en examen dans l'affaire Claire Dupont, l'ancien ministre a démissionné.") == []


def test_the_body_a_case_is_about_takes_no_part_in_a_conviction(nlp):
    found = events(nlp, "Intro. Claire Dupont a été condamnée dans une affaire d'emplois fictifs chez Solvexa.")
    assert found and names(found[0]) == {"Claire Dupont"}


def test_the_case_of_an_arrest_by_the_police_takes_no_part(nlp):
    found = events(nlp, "Intro. Paul Martin a été arrêté par la police dans le dossier Claire Dupont.")
    assert found and "Paul Martin" in names(found[0]) and "Claire Dupont" not in names(found[0])


# ---- controls ----

def test_the_case_of_an_inquiry_stays(nlp):
    found = events(nlp, "Intro. Une enquête a été ouverte dans l'affaire Claire Dupont.")
    assert found and "Claire Dupont" in names(found[0])


def test_a_trigger_inside_the_case_keeps_its_own_actors(nlp):
    found = events(nlp, "Intro. Paul Martin a été entendu dans l'affaire de l'arrestation de Claire Dupont.")
    assert any("Claire Dupont" in names(e) for e in found)


def test_a_charge_outside_any_case_keeps_its_actors(nlp):
    found = events(nlp, "Intro. Paul Martin a été mis en examen pour avoir frappé Claire Dupont dans la rue.")
    assert found and "Paul Martin" in names(found[0])
