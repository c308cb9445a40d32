"""A legal action told by a participle that qualifies an unnamed noun of people ("des militants
arrêtés devant le siège de X"): the participle's adjuncts of time, place or cause are no more the
act's parties than a finite verb's, and the subject that holds the trigger is no teller of it
(events/legal_crowd.py). French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Solvexa", "Solvexa", "organization"),
          ("Serbie", "Serbie", "country"), ("police de Lyon", "police de Lyon", "organization")]


def events(nlp, text, event_type="legal_action"):
    return typed(run(nlp, text, PEOPLE), event_type)


def test_site_in_the_adjunct_of_a_participle_takes_no_part(nlp):
    found = events(nlp, "Intro. Les militants arrêtés lundi dans le quartier de Solvexa ont passé la nuit au poste.")
    assert not any("Solvexa" in names(e) for e in found)


def test_name_in_the_adjunct_of_a_participle_in_a_subject_takes_no_part(nlp):
    found = events(nlp, "Intro. Les personnes arrêtées lors du rassemblement contre la réforme de Paul Martin "
                        "ont passé la nuit au poste.")
    assert not any("Paul Martin" in names(e) for e in found)


def test_one_of_those_charged_stays(nlp):
    found = events(nlp, "Intro. Le juge a prononcé un non-lieu pour les sept personnes mises en examen dans ce "
                        "dossier, dont Paul Martin.")
    assert any("Paul Martin" in names(e) for e in found)


def test_the_agent_of_the_participle_stays(nlp):
    found = events(nlp, "Intro. Les militants arrêtés lundi par la police de Lyon ont passé la nuit au poste.")
    assert found and "police de Lyon" in names(found[0])


def test_the_country_where_they_are_held_stays(nlp):
    found = events(nlp, "Intro. Les deux journalistes détenus en Serbie depuis mars ont entamé une grève de la faim.")
    assert found and "Serbie" in names(found[0])
