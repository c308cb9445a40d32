"""The one who died or was killed, named only so, is no speaker, partner or party of another act
of the sentence (events/dead_named.py with data/gathering.json death_noun, dying_verb and
killing_verb), on French sentences written for these tests."""
from __future__ import annotations

import pytest

from article_events import actors_of_type, events


@pytest.mark.parametrize("text, etype", [
    ("Le navigateur Paul Martin, un marin discret, est mort lundi à Brest, ont annoncé mercredi des amis.",
     "statement"),
    ("L'émotion suscitée par la mort de Paul Martin appelle les élus à agir.", "statement"),
    ("Le policier mis en cause dans la mort de Paul Martin a été arrêté et inculpé vendredi de meurtre.",
     "legal_action"),
    ("Le gendarme impliqué dans la mort de Paul Martin a été mis en examen vendredi à Lyon.",
     "legal_action"),
])
def test_the_dead_is_no_party_of_another_act(text, etype):
    assert not any("Paul Martin" in names for names in actors_of_type(text, etype)), events(text)


@pytest.mark.parametrize("text", [
    "Jean Dupont a dénoncé la mort de Paul Martin lors d'un discours à Lyon.",
    "Jean Dupont a condamné samedi l'assassinat de Paul Martin.",
    "Le ministre Jean Dupont a annoncé la mort de Paul Martin.",
])
def test_a_speaker_beside_a_death_stays_and_the_dead_goes(text):
    found = actors_of_type(text, "statement")
    assert any("Jean Dupont" in names for names in found), events(text)
    assert not any("Paul Martin" in names for names in found), events(text)


@pytest.mark.parametrize("text, etype, name", [
    ("Paul Martin, qui avait été élu président du Sénégal en 2000, est mort lundi.", "election",
     "Paul Martin"),
    ("Paul Martin est mort en prison après son arrestation par la police.", "legal_action", "Paul Martin"),
    ("Le parquet a requis la peine de mort contre Paul Martin.", "legal_action", "Paul Martin"),
    ("Paul Martin a condamné lundi les violences policières, avant de mourir dans la nuit.", "statement",
     "Paul Martin"),
    ("Le procès de Paul Martin pour le meurtre de Jean Dupont a commencé lundi.", "legal_action",
     "Paul Martin"),
    ("Marie Durand, dont le fils Paul Martin a été tué dans l'attentat, a salué la condamnation de "
     "Jean Dupont.", "statement", "Marie Durand"),
])
def test_the_actors_of_their_own_acts_stay(text, etype, name):
    assert any(name in names for names in actors_of_type(text, etype)), events(text)


def test_the_dead_leaves_a_trial_for_his_murder():
    found = actors_of_type("Le procès de Paul Martin pour le meurtre de Jean Dupont a commencé lundi.",
                           "legal_action")
    assert found and not any("Jean Dupont" in names for names in found)
