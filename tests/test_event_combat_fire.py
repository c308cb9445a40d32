"""Issue 19 (branch issue-19-unreal3): the munitions of combat (rockets, shells, bombs) that a
weapons_test verb or noun fires are fired in a battle, not tested by a state, target named or
not: an attack, no weapons test (events/aimed.fires_combat_munition). Missiles stay tests, and
a word of testing keeps the test. Invented sentences."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

NORWAY = ("Norvège", "Norvège", "country")
BRIGADE = ("Brigade rouge", "Brigade rouge", "organization")


def test_rockets_fired_with_no_target_named_are_an_attack(nlp):
    text = "La Brigade rouge a tiré des roquettes depuis la frontière mardi soir."
    events = run(nlp, text, [BRIGADE])
    assert typed(events, "weapons_test") == []
    (ev,) = typed(events, "attack")
    assert roles(ev)["Brigade rouge"] == "source"


def test_rockets_fired_in_the_passive_are_an_attack(nlp):
    text = "Des roquettes ont été tirées mardi soir par la Brigade rouge vers la Norvège."
    events = run(nlp, text, [BRIGADE, NORWAY])
    assert typed(events, "weapons_test") == []
    assert len(typed(events, "attack")) == 1


def test_shell_fire_named_by_a_noun_is_an_attack(nlp):
    text = "Les tirs d'obus de la Brigade rouge ont repris mardi à la frontière."
    events = run(nlp, text, [BRIGADE])
    assert typed(events, "weapons_test") == []
    assert len(typed(events, "attack")) == 1


def test_missiles_fired_stay_a_test(nlp):
    text = "La Norvège a tiré deux missiles balistiques mardi matin."
    events = run(nlp, text, [NORWAY])
    assert typed(events, "attack") == []
    assert len(typed(events, "weapons_test")) == 1


def test_a_word_of_testing_keeps_the_test(nlp):
    text = "La Norvège a procédé mardi à un tir d'essai de roquettes à longue portée."
    events = run(nlp, text, [NORWAY])
    assert typed(events, "attack") == []
    assert len(typed(events, "weapons_test")) == 1
