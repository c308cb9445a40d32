"""The 'que' of the interrogative locution 'est-ce que' (issue 19, branch issue-19-sense2), on
French sentences written for these tests: the parser may hang it on the verb as a relative
object, which made an arrest of the question itself ("Est-ce qu'ils ont arrêté le chantier ?":
stopping a work, no one held). It is no patient (syntax.is_interrogative_que); a question
about a real arrest, a named one held, and a relative 'que' standing for a person stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, event_type):
    return [e for e in run(nlp, text, actors) if e.event_type == event_type]


PARTI = [("Parti du progrès", "Parti du progrès", "organization")]
MARTIN = [("Paul Martin", "Paul Martin", "person")]


def test_stopping_a_project_asked_about_is_no_arrest(nlp):
    text = ("Intro. Le Parti du progrès a promis beaucoup. "
            "Est-ce qu'ils ont arrêté le chantier du barrage ?")
    assert not of_type(nlp, text, PARTI, "legal_action")


def test_stopping_a_named_project_asked_about_is_no_arrest(nlp):
    text = ("Intro. Le Parti du progrès a promis beaucoup. "
            "Est-ce qu'ils ont arrêté la centrale de Valmont ?")
    assert not of_type(nlp, text, PARTI, "legal_action")


def test_a_question_about_someone_arrested_stays(nlp):
    text = "Intro. Est-ce que la police a arrêté Paul Martin mardi à Lille ?"
    assert of_type(nlp, text, MARTIN, "legal_action")


def test_a_relative_que_for_a_person_stays(nlp):
    text = "Intro. Le militant que la police a arrêté mardi à Lille est Paul Martin."
    assert of_type(nlp, text, MARTIN, "legal_action")
