"""'Prendre en otage' said of a state, a body, a place or a whole people is the figurative
sense, no hostage-taking (issue 19, branch issue-19-attack10; events/hostage.py, option
whole_hostage), on French sentences written for these tests. Persons taken hostage (named,
counted, under an indefinite determiner) and a people as a passive subject, which may take up
hostages named before, stay an attack."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def attacks(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "attack"]


def actor_names(events):
    return {a.canonical_name for e in events for a in e.actors}


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
SYLDAVIE = [("Syldavie", "Syldavie", "country")]
MIRBOURG = [("Mirbourg", "Syldavie", "country")]     # a city standing for its state
FRANCAIS = [("Français", "France", "country")]
LIGUE = [("Ligue des nations", "Ligue des nations", "organization")]


def test_a_country_noun_taken_hostage_is_figurative(nlp):
    text = "Intro. Le syndicat de Paul Martin prend le pays en otage, a dénoncé lundi le ministre."
    assert not attacks(nlp, text, MARTIN)


def test_a_named_state_taken_hostage_is_figurative(nlp):
    text = "Intro. La Syldavie est prise en otage par les grévistes de Paul Martin, a dénoncé le ministre."
    assert not attacks(nlp, text, MARTIN + SYLDAVIE)


def test_a_city_taken_hostage_is_figurative(nlp):
    text = "Intro. Mirbourg est prise en otage par les partisans de Paul Martin depuis des semaines."
    assert not attacks(nlp, text, MARTIN + MIRBOURG)


def test_an_organization_taken_hostage_is_figurative(nlp):
    text = "Intro. Les alliés de Paul Martin ont pris en otage la Ligue des nations, selon la Syldavie."
    assert not attacks(nlp, text, MARTIN + SYLDAVIE + LIGUE)


def test_a_whole_people_taken_hostage_is_figurative(nlp):
    text = "Intro. Les amis de Paul Martin prenaient en otage les Français, a dénoncé le ministre."
    assert not attacks(nlp, text, MARTIN + FRANCAIS)


def test_a_named_person_taken_hostage_stays(nlp):
    text = "Intro. Les hommes de Paul Martin ont pris en otage Claire Dupont lundi dans une banque."
    assert "Claire Dupont" in actor_names(attacks(nlp, text, MARTIN + DUPONT))


def test_counted_nationals_taken_hostage_stay(nlp):
    text = "Intro. Les hommes de Paul Martin ont pris en otage deux Français mardi près de la frontière."
    assert attacks(nlp, text, MARTIN + FRANCAIS)


def test_nationals_under_an_indefinite_stay(nlp):
    text = "Intro. Des Français ont été pris en otage mardi par les hommes de Paul Martin."
    assert attacks(nlp, text, MARTIN + FRANCAIS)


def test_a_people_as_passive_subject_stays(nlp):
    text = "Intro. Les Français ont été pris en otage mardi par les hommes de Paul Martin."
    assert attacks(nlp, text, MARTIN + FRANCAIS)
