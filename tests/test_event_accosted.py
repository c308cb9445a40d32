""""interpeller" done by a person who is no authority of an arrest is a question or a reproach,
not an arrest; done by the police or another authority it stays an arrest (events/accosted.py).
French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Solvexa", "Solvexa", "organization"), ("Elysée", "Elysée", "organization"),
          ("police de Lyon", "police de Lyon", "organization")]


def legal(nlp, text):
    return typed(run(nlp, text, PEOPLE), "legal_action")


def test_minister_accosted_by_a_passer_by_is_no_arrest(nlp):
    assert not legal(nlp, "Intro. En visite à l'Elysée, le ministre Paul Martin a été interpellé, "
                          "devant les caméras, par une passante en colère contre la réforme de la justice.")


def test_president_questioned_by_a_named_person_is_no_arrest(nlp):
    assert not legal(nlp, "Intro. Le président Paul Martin a été interpellé par Claire Dupont "
                          "sur la réforme de la justice.")


def test_named_person_questioning_a_minister_is_no_arrest(nlp):
    assert not legal(nlp, "Intro. Claire Dupont a interpellé le ministre Paul Martin sur la réforme de la justice.")


def test_arrest_by_the_police_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin a été interpellé mardi par la police de Lyon.")
    assert found and "Paul Martin" in names(found[0])


def test_arrest_by_officers_and_guards_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin a été interpellé par des gardiens et des policiers.")
    assert found and "Paul Martin" in names(found[0])


def test_unionist_of_a_company_questioning_a_minister_is_no_arrest(nlp):
    assert not legal(nlp, "Intro. Le ministre Paul Martin a été interpellé par un syndicaliste de Solvexa "
                          "sur la réforme de la justice.")


def test_arrest_by_gendarmes_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin a été interpellé dimanche par les gendarmes de Lyon.")
    assert found and "Paul Martin" in names(found[0])


def test_arrest_with_place_and_police_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin a été interpellé mardi à son domicile par la police.")
    assert found and "Paul Martin" in names(found[0])


def test_par_of_time_or_manner_is_no_doer(nlp):
    found = legal(nlp, "Intro. Paul Martin a été interpellé par la suite, selon le parquet.")
    assert found and "Paul Martin" in names(found[0])
