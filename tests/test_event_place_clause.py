"""A state or region written in parentheses after a town only locates it (events/place_locator.py),
and a pronoun in a relative clause takes up the name set beside the subject of its sentence
(participants.names_subject_beside), on French sentences written for these tests: each rule
loses its false actor and keeps the true ones."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def actors_of(events, event_type):
    return {a.canonical_name: a.role for e in events if e.event_type == event_type for a in e.actors}


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
HUGO = [("Victor Hugo", "Victor Hugo", "person")]
MARTINIQUE = [("Martinique", "Martinique", "country")]
ONU = [("ONU", "ONU", "organization")]


def test_a_pronoun_in_a_relative_clause_takes_up_the_apposed_subject(nlp):
    text = ("Intro. Paul Martin a vu Victor Hugo hier. Le maire de Lille, Claire Dupont, a dénoncé "
            "la décision, qu'il a qualifiée d'injuste.")
    found = actors_of(run(nlp, text, MARTIN + HUGO + DUPONT), "statement")
    assert found.get("Claire Dupont") == "source"
    assert "Paul Martin" not in found and "Victor Hugo" not in found


def test_a_pronoun_with_no_subject_before_it_still_takes_up_the_sentence_before(nlp):
    text = "Intro. Paul Martin est arrivé lundi à Lyon. Mardi, il a dénoncé la décision du gouvernement."
    assert actors_of(run(nlp, text, MARTIN), "statement").get("Paul Martin") == "source"


def test_a_region_in_parentheses_after_a_town_only_locates_it(nlp):
    text = "Intro. L'élu a été condamné mardi par la cour d'appel de Fort-de-France (Martinique) pour corruption."
    assert not actors_of(run(nlp, text, MARTINIQUE), "legal_action")
    text = ("Intro. Paul Martin a été condamné mardi par la cour d'appel de Fort-de-France (Martinique) "
            "pour corruption.")
    assert actors_of(run(nlp, text, MARTIN + MARTINIQUE), "legal_action") == {"Paul Martin": "target"}


def test_an_acronym_in_parentheses_stays_an_actor(nlp):
    text = "Intro. Les Nations unies (ONU) ont condamné l'attaque contre Paul Martin."
    assert actors_of(run(nlp, text, ONU + MARTIN), "statement").get("ONU") == "source"

