"""An act named as the infinitive attribute of 'être' ("l'objectif est de conclure un
accord"): it says what a goal or a task consists of and tells no act done
(events/attribute_act.py, hook in reference.irrealis). French sentences written for these
tests. The negative tests fail without the rule; the controls (a copula in the past, an act
told) pass with and without it."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)

STATES = [("Syldavie", "Syldavie", "country"), ("Bordurie", "Bordurie", "country")]
PEOPLE = [("Jean Leroy", "Jean Leroy", "person"), ("Paul Martin", "Paul Martin", "person")]


def test_an_agreement_named_as_a_goal_is_no_agreement(nlp):
    text = "Intro. L'objectif sera de conclure un accord avec la Bordurie, a dit un ministre de la Syldavie."
    assert not typed(run(nlp, text, STATES), "agreement")


def test_an_agreement_set_as_a_task_is_no_agreement(nlp):
    text = "Intro. La première mission de la Syldavie devra être de conclure un accord avec la Bordurie."
    assert not typed(run(nlp, text, STATES), "agreement")


def test_a_complaint_named_as_an_intention_is_no_legal_action(nlp):
    text = "Intro. L'intention de Jean Leroy est de porter plainte contre Paul Martin."
    assert not typed(run(nlp, text, PEOPLE), "legal_action")


def test_an_act_told_by_a_copula_in_the_past_stays(nlp):
    text = "Intro. La réponse de Jean Leroy a été de porter plainte contre Paul Martin."
    assert typed(run(nlp, text, PEOPLE), "legal_action")


def test_an_agreement_signed_stays(nlp):
    text = "Intro. La Syldavie a signé mardi un accord avec la Bordurie."
    assert typed(run(nlp, text, STATES), "agreement")
