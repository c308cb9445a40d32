"""Issue 19: a patrol is no drill, a 'manœuvre politicienne' or 'l'exercice démocratique' is a
scheme or a practice (contexts.scheming), friendly fire and shooting practice are no weapons test
(contexts.practice_fire), and fire that is the agent of a passive verb of hitting is an attack
(contexts.hit_verb). Invented sentences."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

DUPONT = ("Jean Dupont", "Jean Dupont", "person")
NORWAY = ("Norvège", "Norvège", "country")
SWEDEN = ("Suède", "Suède", "country")


def test_a_patrol_is_no_drill(nlp):
    text = "La Norvège a mené une patrouille militaire le long de sa frontière avec la Suède."
    assert typed(run(nlp, text, [NORWAY, SWEDEN]), "military_exercise") == []


def test_a_political_manoeuvre_is_no_drill(nlp):
    text = "La Norvège a mené une manœuvre politicienne pour placer un général à la tête des forces armées."
    assert typed(run(nlp, text, [NORWAY]), "military_exercise") == []


def test_naval_manoeuvres_stay_a_drill(nlp):
    text = "La Norvège et la Suède ont mené lundi des manœuvres navales conjointes en mer du Nord."
    assert len(typed(run(nlp, text, [NORWAY, SWEDEN]), "military_exercise")) == 1


def test_friendly_fire_is_no_weapons_test(nlp):
    text = "Un navire de la Norvège a été touché lors de manœuvres navales par un tir ami de missile."
    assert typed(run(nlp, text, [NORWAY]), "weapons_test") == []


def test_shooting_practice_is_no_weapons_test(nlp):
    text = "La Norvège reproche à Jean Dupont de l'avoir entraîné au tir avec l'arme du meurtre."
    assert typed(run(nlp, text, [NORWAY, DUPONT]), "weapons_test") == []


def test_a_plane_hit_by_missiles_is_an_attack(nlp):
    text = "L'avion de ligne a été atteint par deux missiles tirés depuis une base militaire de la Norvège."
    events = run(nlp, text, [NORWAY])
    assert typed(events, "weapons_test") == [] and len(typed(events, "attack")) == 1
