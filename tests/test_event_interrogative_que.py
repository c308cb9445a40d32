"""The 'que' of the interrogative locution 'est-ce que' (issue 19, branch issue-19-sense2), on
French sentences written for these tests: the parser may hang it on the verb as a relative
object, which made an arrest of the question itself ("Est-ce qu'ils ont arrêté le chantier ?":
stopping a work, no one held). It is no patient (syntax.is_interrogative_que): the object is
the word after the verb (syntax.word_after_question), so a question about someone arrested
keeps its patient, and a relative 'que' standing for a person stays as it was."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, event_type):
    return [e for e in run(nlp, text, actors) if e.event_type == event_type]


VERTS = [("Les Verts", "Les Verts", "organization")]
MARTIN = [("Paul Martin", "Paul Martin", "person")]


def test_stopping_a_project_asked_about_is_no_arrest(nlp):
    text = ("Intro. Les Verts ont promis beaucoup. "
            "Est-ce qu'ils ont arrêté le chantier du barrage ?")
    assert not of_type(nlp, text, VERTS, "legal_action")


def test_stopping_a_plan_asked_about_is_no_arrest(nlp):
    text = ("Intro. Les Verts étaient au gouvernement. "
            "Est-ce qu'ils ont arrêté le projet de barrage ? Non.")
    assert not of_type(nlp, text, VERTS, "legal_action")


def test_a_question_about_someone_arrested_reads_the_object_after_the_verb(nlp):
    text = "Intro. Est-ce que la police a arrêté Paul Martin mardi à Lille ?"
    assert of_type(nlp, text, MARTIN, "legal_action")


def test_a_question_with_a_pronoun_subject_keeps_the_one_arrested(nlp):
    text = ("Intro. Les policiers de Lille ont cherché Paul Martin. "
            "Est-ce qu'ils ont arrêté Paul Martin ?")
    assert of_type(nlp, text, MARTIN, "legal_action")


def test_a_relative_que_for_a_person_stays(nlp):
    text = "Intro. Le militant que la police a arrêté mardi à Lille est Paul Martin."
    assert of_type(nlp, text, MARTIN, "legal_action")
