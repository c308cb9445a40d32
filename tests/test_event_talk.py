"""A "conférence" told as one talk given somewhere (issue 19, branch issue-19-meet8), on French
sentences written for these tests: events/talk.py (option not_bare_talk) drops "lors d'une
conférence à Marseille" (a lecture), and keeps a conference named by its topic, an adjective
or its partners ("une conférence sur le financement", "une conférence internationale")."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
UNION = [("Union des ouvriers", "Union des ouvriers", "organization")]


def test_a_talk_given_somewhere_is_no_meeting(nlp):
    text = "Intro. Le sénateur Paul Martin a tenu des propos choquants lors d'une conférence à Marseille jeudi."
    assert not meetings(nlp, text, MARTIN)


def test_a_talk_abroad_is_no_meeting(nlp):
    text = ("Intro. Après avoir critiqué la réforme durant une conférence en Corée du Sud le 17 octobre, "
            "Paul Martin donne son avis sur le parti.")
    assert not meetings(nlp, text, MARTIN)


def test_a_conference_on_a_topic_stays(nlp):
    text = "Intro. Paul Martin et l'Union des ouvriers ont tenu mardi une conférence sur le financement des retraites."
    assert meetings(nlp, text, MARTIN + UNION)


def test_an_international_conference_stays(nlp):
    text = "Intro. Paul Martin et Claire Dupont ont participé lundi à une conférence internationale à Genève."
    assert meetings(nlp, text, MARTIN + DUPONT)
