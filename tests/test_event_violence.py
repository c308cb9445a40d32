"""Issue 19, recall of attack and aid events: beatings, hostages held, the victim of a passive
infinitive (events/violence.py), search-and-rescue. Each rule with an
invented sentence that must keep its true event and one that must not fire."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import DENMARK, VALMONT, typed

DURAND = ("Marie Durand", "Marie Durand", "person")


def test_beating_of_a_named_victim_is_an_attack(nlp):
    text = "Le journaliste Jean Valmont a été tabassé mardi par des inconnus."
    (ev,) = typed(run(nlp, text, [VALMONT]), "attack")
    assert "Jean Valmont" in roles(ev)
    text = "Jean Valmont a été battu à coups de matraque par des policiers."
    assert len(typed(run(nlp, text, [VALMONT]), "attack")) == 1


def test_beating_needs_blows_and_a_physical_sense(nlp):
    # 'battre' without words of blows is a defeat; an assault in words or a sexual one is
    # no armed attack
    text = "Jean Valmont a été battu au second tour par Marie Durand."
    assert typed(run(nlp, text, [VALMONT, DURAND]), "attack") == []
    text = "Jean Valmont a été brutalisé verbalement par Marie Durand."
    assert typed(run(nlp, text, [VALMONT, DURAND]), "attack") == []
    text = "Marie Durand a été violentée sexuellement par Jean Valmont."
    assert typed(run(nlp, text, [VALMONT, DURAND]), "attack") == []


def test_victim_of_a_passive_infinitive_is_the_subject_it_shares(nlp):
    text = "Jean Valmont affirme avoir été torturé par des gardiens."
    (ev,) = typed(run(nlp, text, [VALMONT]), "attack")
    assert "Jean Valmont" in roles(ev)
    # the infinitive has its own subject-less sense only in the passive: 'espère torturer'
    # is no happening, and an election verb is no attack
    text = "Jean Valmont affirme avoir été élu par ses pairs."
    assert typed(run(nlp, text, [VALMONT]), "attack") == []
    text = "Des gardiens affirment avoir été torturés."
    assert typed(run(nlp, text, [VALMONT]), "attack") == []


def test_hostage_held_or_taken_is_an_attack(nlp):
    text = "Un commando retient en otage le journaliste Jean Valmont depuis mardi."
    assert len(typed(run(nlp, text, [VALMONT]), "attack")) == 1
    text = "Jean Valmont a pris un otage dans une école mardi."
    assert len(typed(run(nlp, text, [VALMONT]), "attack")) == 1
    text = "Jean Valmont a pris une décision mardi."
    assert typed(run(nlp, text, [VALMONT]), "attack") == []


def test_search_for_missing_people_is_a_rescue(nlp):
    text = "Le Danemark a lancé mardi des recherches pour retrouver les marins disparus."
    assert len(typed(run(nlp, text, [DENMARK]), "aid")) == 1
    text = "Le Danemark finance des recherches sur le vaccin."
    assert typed(run(nlp, text, [DENMARK]), "aid") == []


def test_struck_on_a_part_of_the_body_is_an_attack(nlp):
    text = "Jean Valmont a été frappé à la tête par un gardien."
    (ev,) = typed(run(nlp, text, [VALMONT]), "attack")
    assert roles(ev) == {"Jean Valmont": "target"}
    # a door knocked on, a country struck by a crisis: no blow to a body
    text = "Jean Valmont a frappé à la porte du ministère."
    assert typed(run(nlp, text, [VALMONT]), "attack") == []
    text = "La crise a frappé le Danemark au cœur de l'été."
    assert typed(run(nlp, text, [DENMARK]), "attack") == []
