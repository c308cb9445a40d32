"""A protest whose own words name its protesters by an unnamed crowd lists none of the names the
rest of the sentence gives (events/protest_landmark.py crowd_outsiders), on French sentences
written for these tests: each rule loses its false protester and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)


def protests(nlp, text, actors):
    return typed(run(nlp, text, actors), "protest")


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


DURAND = [("Paul Durand", "Paul Durand", "person")]
LENOIR = [("Marc Lenoir", "Marc Lenoir", "person")]
PARTI = [("Parti du centre", "Parti du centre", "organization")]
CGT = [("CGT", "CGT", "organization")]
ITALIE = [("Italie", "Italie", "country")]


def test_who_comments_while_a_crowd_protests_takes_no_part(nlp):
    text = ("Intro. Alors que les agriculteurs se mobilisent contre la hausse des taxes, "
            "le président du Parti du centre a estimé que la réforme méritait réflexion.")
    assert "Parti du centre" not in names(protests(nlp, text, PARTI))


def test_a_name_beside_the_protest_of_a_crowd_takes_no_part(nlp):
    text = ("Intro. Après la découverte du corps de Marc Lenoir et les manifestations des "
            "cheminots, le gouvernement a reculé.")
    assert "Marc Lenoir" not in names(protests(nlp, text, LENOIR))
    text = ("Intro. Des centaines de personnes se sont rassemblées mardi à Lyon, deux jours "
            "après les obsèques de Marc Lenoir.")
    assert "Marc Lenoir" not in names(protests(nlp, text, LENOIR))


def test_who_calls_or_names_the_crowd_stays(nlp):
    text = "Intro. La CGT a organisé mardi une grève des cheminots à Lyon."
    assert "CGT" in names(protests(nlp, text, CGT))
    text = "Intro. Des milliers de militants de la CGT ont défilé à Lyon."
    assert "CGT" in names(protests(nlp, text, CGT))
    text = "Intro. Paul Durand et des centaines de manifestants ont défilé à Lyon."
    assert "Paul Durand" in names(protests(nlp, text, DURAND))


def test_a_named_or_possessed_protester_keeps_the_rule_away(nlp):
    # "ses partisans": the owner of the possessive may lead them
    text = "Intro. Paul Durand est arrivé à Lyon, où ses partisans ont défilé samedi."
    assert "Paul Durand" in names(protests(nlp, text, DURAND))


def test_a_country_stays(nlp):
    text = ("Intro. Des milliers d'étudiants ont manifesté samedi, a rapporté la presse, "
            "tandis que le gouvernement d'Italie restait silencieux.")
    assert "Italie" in names(protests(nlp, text, ITALIE))


def test_a_thing_coordinated_with_the_crowd_is_no_protester_but_a_named_one_is(nlp):
    text = ("Intro. Après des mois de manifestations des cheminots et la découverte du corps de "
            "Marc Lenoir, le ministre a démissionné.")
    assert "Marc Lenoir" not in names(protests(nlp, text, LENOIR))
    text = "Intro. La manifestation des cheminots et des militants de la CGT a rassemblé mardi des milliers de personnes à Lyon."
    assert "CGT" in names(protests(nlp, text, CGT))
