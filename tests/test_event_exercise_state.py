"""Military exercise nouns that are themselves words of the military context (issue 19, option
state_in_phrase): an actor in the noun's own phrase stands for that context only when it is a
state ("les manœuvres de la Syldavie"); a person's or a party's "manœuvre" or "exercice" is
another sense ("à la manœuvre", a political manoeuvre, a term of office). French sentences
written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = [("Paul Martin", "Paul Martin", "person")]
PARTI = [("Parti du progrès", "Parti du progrès", "organization")]
SYLDAVIE = [("Syldavie", "Syldavie", "country")]


def drills(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "military_exercise"]


def test_a_persons_manoeuvre_is_no_drill(nlp):
    text = "Intro. Ses adversaires dénoncent depuis lundi une manœuvre de Paul Martin avant le congrès."
    assert not drills(nlp, text, MARTIN)


def test_a_party_at_the_manoeuvre_is_no_drill(nlp):
    text = "Intro. Paul Martin était alors à la manœuvre au Parti du progrès pour la campagne."
    assert not drills(nlp, text, MARTIN + PARTI)


def test_a_states_manoeuvres_stay(nlp):
    text = "Intro. Les manœuvres de la Syldavie ont commencé lundi près de la frontière."
    assert drills(nlp, text, SYLDAVIE)
