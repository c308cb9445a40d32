"""Meetings in another sense (issue 19, branch issue-19-meet11), on French sentences written for
these tests: a singular "consultation" with no "avec" or "entre" partner asks a public or reads
a text, no meeting (option partner_if_singular, events/consulted.py); an "entretien"
coordinated with a noun of upkeep (contexts.upkeep: "le fonctionnement", "la rénovation") is the upkeep of things, no meeting (option not_coordinated);
a "sommet" of a landform or a building (contexts.top_of: "le sommet du volcan"), also through a
relative "dont" that stands for its "de" complement ("le volcan, dont le sommet ..."), is a top,
no summit held (sense.tops_of_relative_antecedent). An "entretien" coordinated with another
happening, and the summit of a body taken up by "dont", stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Jean Dupont", "Jean Dupont", "person")]
INSTITUT = [("Institut Volcano", "Institut Volcano", "organization")]
G7 = [("G7", "G7", "organization"), ("Emmanuel Macron", "Emmanuel Macron", "person")]


def test_upkeep_coordinated_with_running_is_no_meeting(nlp):
    text = ("Intro. Le ministre Paul Martin a jugé que les transporteurs devaient participer à "
            "l'entretien et au fonctionnement des infrastructures.")
    assert not meetings(nlp, text, MARTIN)


def test_upkeep_coordinated_with_renovation_is_no_meeting(nlp):
    text = ("Intro. Le maire Paul Martin a consacré dix millions d'euros à l'entretien et à la "
            "rénovation de la mairie.")
    assert not meetings(nlp, text, MARTIN)


def test_an_interview_beside_a_lunch_stays(nlp):
    text = "Intro. Paul Martin a eu un entretien et un déjeuner avec Jean Dupont."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_the_top_of_a_volcano_is_no_summit(nlp):
    text = "Intro. Le sommet du volcan a été survolé mardi par l'Institut Volcano."
    assert not meetings(nlp, text, INSTITUT)


def test_dont_le_sommet_of_a_volcano_is_no_summit(nlp):
    text = ("Intro. Le volcan, dont le sommet se trouve à 900 mètres d'altitude, est surveillé par "
            "l'Institut Volcano.")
    assert not meetings(nlp, text, INSTITUT)


def test_dont_le_sommet_of_a_body_stays(nlp):
    text = "Intro. Le G7, dont le sommet se tient à Biarritz, a accueilli Emmanuel Macron."
    assert any(e.trigger.startswith("sommet") for e in meetings(nlp, text, G7))


BASE = [("Parti du centre", "Parti du centre", "organization"), ("Jean Dupont", "Jean Dupont", "person")]


def test_a_consultation_on_a_project_is_no_meeting(nlp):
    text = ("Intro. Jean Dupont avait promis que cette consultation sur le projet d'aéroport serait "
            "suivie d'effet.")
    assert not meetings(nlp, text, BASE)


def test_a_consultation_with_partners_stays(nlp):
    text = ("Intro. Le Premier ministre Jean Dupont a ouvert mardi une consultation avec les élus "
            "du Parti du centre.")
    assert meetings(nlp, text, BASE)


def test_rounds_of_consultations_stay(nlp):
    text = "Intro. Jean Dupont a mené mardi des consultations politiques avec le Parti du centre."
    assert meetings(nlp, text, BASE)
