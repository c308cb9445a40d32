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


# Fire aimed through other marks than a 'sur'/'contre' complement of the trigger
# (events/aimed.py: 'vers', 'en direction de', 'contre' any noun, people or a body as the target,
# a complement the parser hangs on the trigger's date, a verb of striking); a nuclear blast only.
IRAN = ("Iran", "Iran", "country")


def test_missiles_against_bases_with_the_complement_on_the_date_are_an_attack(nlp):
    text = "La Brigade rouge a tiré le 8 janvier deux missiles contre deux bases militaires."
    events = run(nlp, text, [BRIGADE])
    assert typed(events, "weapons_test") == []
    assert len(typed(events, "attack")) == 1


def test_missiles_fired_towards_targets_are_an_attack(nlp):
    text = "Les hélicoptères de la Brigade rouge ont lancé treize missiles vers des cibles du mouvement."
    events = run(nlp, text, [BRIGADE])
    assert typed(events, "weapons_test") == []
    assert len(typed(events, "attack")) == 1


def test_fire_bombs_thrown_at_the_police_are_an_attack(nlp):
    text = "La Brigade rouge a lancé mardi soir des engins incendiaires en direction des policiers."
    events = run(nlp, text, [BRIGADE])
    assert typed(events, "weapons_test") == []
    assert len(typed(events, "attack")) == 1


def test_artillery_fire_that_hits_villages_is_an_attack(nlp):
    text = "Des tirs d'artillerie de la Brigade rouge ont visé plusieurs villages de la région."
    events = run(nlp, text, [BRIGADE])
    assert typed(events, "weapons_test") == []
    assert len(typed(events, "attack")) == 1


def test_missiles_fired_into_a_named_sea_stay_a_test(nlp):
    text = "L'Iran a tiré un missile balistique vers la Méditerranée mardi matin."
    events = run(nlp, text, [IRAN])
    assert typed(events, "attack") == []
    assert len(typed(events, "weapons_test")) == 1


def test_an_accidental_explosion_of_a_torpedo_is_no_weapons_test(nlp):
    text = "L'explosion accidentelle d'une torpille de l'Iran a provoqué le naufrage du sous-marin."
    events = run(nlp, text, [IRAN])
    assert typed(events, "weapons_test") == []


def test_a_nuclear_explosion_stays_a_weapons_test(nlp):
    text = "L'Iran a réalisé mardi une explosion nucléaire souterraine."
    events = run(nlp, text, [IRAN])
    assert len(typed(events, "weapons_test")) == 1


def test_a_bomb_that_explodes_is_an_attack(nlp):
    text = "Cinq touristes ont été tués par l'explosion d'une bombe placée dans un bus par la Brigade rouge."
    events = run(nlp, text, [BRIGADE])
    assert typed(events, "weapons_test") == []
    assert len(typed(events, "attack")) == 1


def test_fire_at_it_with_dessus_is_an_attack(nlp):
    text = "Les permanences de la Brigade rouge ont été attaquées, on a même tiré dessus à l'arme à feu."
    events = run(nlp, text, [BRIGADE])
    assert typed(events, "weapons_test") == []


def test_missiles_fired_in_our_direction_are_an_attack(nlp):
    text = "Ce sont des missiles tirés en notre direction par l'Iran."
    events = run(nlp, text, [IRAN])
    assert typed(events, "weapons_test") == []
    assert len(typed(events, "attack")) == 1


def test_talks_launched_in_a_relative_clause_are_no_weapons_test(nlp):
    text = ("L'Iran et la Norvège pourraient profiter des discussions qu'ils ont lancées "
            "sur le traité sur les armes nucléaires.")
    events = run(nlp, text, [IRAN, NORWAY])
    assert typed(events, "weapons_test") == []
