"""A 'sommet' that names the top of something, a hierarchy, a rank or a height ("le sommet de
l'État", "au plus haut sommet"), is no summit held (issue 19, branch issue-19-meet5):
sense.names_a_top under option not_position, context top_of of event_triggers.json. French
sentences written for these tests; each negative test fails without the rule, the controls
pass with and without it."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
NATO = [("Otan", "Otan", "organization"), ("Paul Martin", "Paul Martin", "person")]


def test_the_top_of_the_state_is_no_summit(nlp):
    text = "Intro. Dans l'affaire Paul Martin, c'est le sommet de l'État qui est mis en cause."
    assert not meetings(nlp, text, MARTIN)


def test_the_highest_top_is_no_summit(nlp):
    text = "Intro. Cette décision montre qu'au plus haut sommet, on veut gêner Paul Martin."
    assert not meetings(nlp, text, MARTIN)


def test_a_summit_of_an_alliance_stays(nlp):
    text = "Intro. Le sommet de l'Otan s'est tenu mardi à Madrid en présence de Paul Martin."
    assert meetings(nlp, text, NATO)
