"""The employer or institution of a person named by a noun of employment or affiliation ("une
chercheuse du CNRS", "le chargé de mission à l'Élysée") takes no part in the legal action done to
or by that person (events/origin.py employer_names, data/legal.json employment_noun). French
sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("Claire Durand", "Claire Durand", "person"),
          ("CNRS", "CNRS", "organization"), ("Élysée", "Élysée", "organization"),
          ("Institut Pasteur", "Institut Pasteur", "organization"),
          ("Sciences Po", "Sciences Po", "organization"), ("Renault", "Renault", "organization"),
          ("AFP", "AFP", "organization"), ("Iran", "Iran", "country")]


def legal(nlp, text):
    return typed(run(nlp, text, ACTORS), "legal_action")


def test_the_employer_of_the_one_arrested_takes_no_part(nlp):
    assert not legal(nlp, "Intro. Une chercheuse du CNRS a été arrêtée mardi à la frontière.")


def test_the_institution_of_a_mission_officer_takes_no_part(nlp):
    assert not legal(nlp, "Intro. Le chargé de mission à l'Élysée a été placé en garde à vue samedi.")


def test_the_employer_of_one_named_in_apposition_goes_the_person_stays(nlp):
    found = legal(nlp, "Intro. Claire Durand, chercheuse à l'Institut Pasteur de Sciences Po, a été "
                       "arrêtée en juin.")
    assert found and names(found[0]) == {"Claire Durand"}


def test_the_employer_of_the_one_charged_takes_no_part(nlp):
    assert not legal(nlp, "Intro. Un salarié de Renault a été mis en examen pour abus de confiance.")


def test_the_medium_of_a_journalist_released_takes_no_part(nlp):
    assert not legal(nlp, "Intro. Une journaliste de l'AFP a été libérée jeudi après trois mois.")


def test_the_employer_of_a_plaintiff_takes_no_part(nlp):
    assert not legal(nlp, "Intro. Un employé de Renault a porté plainte contre son voisin.")


# controls: who acts or is acted on stays


def test_the_state_that_arrests_the_researcher_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin, chercheur au CNRS, a été arrêté par l'Iran en juin.")
    assert found and {"Paul Martin", "Iran"} <= names(found[0]) and "CNRS" not in names(found[0])


def test_the_employer_named_as_plaintiff_stays(nlp):
    found = legal(nlp, "Intro. Renault a porté plainte contre un salarié de la société.")
    assert found and "Renault" in names(found[0])


def test_a_body_charged_itself_stays(nlp):
    found = legal(nlp, "Intro. Renault a été mis en examen pour homicide involontaire.")
    assert found and "Renault" in names(found[0])


def test_a_judge_in_charge_of_a_case_is_no_mission_officer(nlp):
    found = legal(nlp, "Intro. Le juge chargé de l'enquête a fait arrêter Paul Martin en Iran.")
    assert found and "Paul Martin" in names(found[0])


def test_the_employee_named_after_the_employer_stays(nlp):
    found = legal(nlp, "Intro. La journaliste de l'AFP Claire Durand a été condamnée mardi.")
    assert found and names(found[0]) == {"Claire Durand"}


def test_the_minister_who_employs_the_one_tried_takes_no_part(nlp):
    found = legal(nlp, "Intro. Claire Durand, collaboratrice du ministre de l'Intérieur Paul Martin, a été "
                       "condamnée mardi.")
    assert found and names(found[0]) == {"Claire Durand"}


def test_the_employer_with_its_acronym_takes_no_part(nlp):
    actors = ACTORS + [("Parti vert", "Parti vert", "organization"), ("PV", "Parti vert", "organization")]
    found = typed(run(nlp, "Intro. Un salarié du Parti vert (PV) a été mis en examen mardi.", actors),
                  "legal_action")
    assert not found
