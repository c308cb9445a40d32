"""An insurrection is no protest, and a protest named as the backdrop ('sur fond de', 'dans un
contexte de') of, or as the place beside ('non loin de'),
another happening lists none of its outside actors (data/event_triggers.json, events/
protest_landmark.py with data/gathering.json landmark_apart), on French sentences written for
these tests."""
from __future__ import annotations

import pytest

from article_events import events, protests


@pytest.mark.parametrize("text", [
    "Le nord du Mozambique est en proie à une insurrection islamiste depuis trois ans.",
    "Selon Paul Martin, l'État islamique veut défier les talibans sur l'insurrection contre le gouvernement.",
    "Le Cachemire, disputé entre l'Inde et le Pakistan, est en proie à une insurrection séparatiste.",
])
def test_an_insurrection_is_no_protest(text):
    assert protests(text) == []


@pytest.mark.parametrize("text", [
    "La visite d'Emmanuel Macron en Bretagne se déroule sur fond de grève.",
    "Paul Martin a présenté son budget mardi sur fond de grève des cheminots.",
])
def test_a_protest_as_a_backdrop_lists_no_outside_actor(text):
    # controls: main's code already gives no protest with these actors (the crowd of the
    # phrase, another reading); 'fond' in landmark_apart states the locution for the parses
    # where the protest noun is the 'de' complement of 'fond'
    assert not any({"Emmanuel Macron", "Paul Martin"} & names for names in protests(text))


@pytest.mark.parametrize("text, name", [
    ("Des milliers de manifestants ont défilé en Biélorussie contre Alexandre Loukachenko.", "Biélorussie"),
    ("Le syndicat CGT a organisé une grève des cheminots mardi.", "CGT"),
    ("La CGT a lancé une grève sur fond de colère des cheminots.", "CGT"),
    ("Un soulèvement populaire a renversé le gouvernement du Soudan en 2019.", "Soudan"),
])
def test_protesters_and_popular_risings_stay(text, name):
    assert any(name in names for names in protests(text)), events(text)


@pytest.mark.parametrize("text", [
    "Des émeutes ont éclaté à Minneapolis après la mort de Paul Martin sous le genou d'un policier.",
    "Des manifestations ont éclaté à Paris après la mort de Paul Martin.",
    "Des milliers de manifestants ont défilé après le décès de Paul Martin.",
])
def test_the_dead_a_protest_mourns_is_no_protester(text):
    assert not any("Paul Martin" in names for names in protests(text)), events(text)


@pytest.mark.parametrize("text, name", [
    ("Après la mort de Paul Martin, la CGT a organisé une manifestation à Paris.", "CGT"),
    ("Jean Dupont a manifesté à Paris après la mort de Paul Martin.", "Jean Dupont"),
    ("Des manifestations ont eu lieu en France après la mort de Paul Martin.", "France"),
])
def test_protesters_beside_the_dead_stay(text, name):
    assert any(name in names for names in protests(text)), events(text)


@pytest.mark.parametrize("text", [
    "Paul Martin a tenté jeudi de calmer la colère des policiers, sans y parvenir, dans un contexte de "
    "relance des manifestations contre la réforme.",
    "Non loin de ce rassemblement, les partisans de Paul Martin se sont aussi réunis sur la place de la République.",
])
def test_who_acts_against_the_context_of_a_protest_or_near_it_takes_no_part(text):
    # fail on main's code (8e1090c): the protest listed Paul Martin, who does something else
    # against its backdrop ('dans un contexte de') or beside it ('non loin de')
    assert not any("Paul Martin" in names for names in protests(text))


def test_a_protest_held_near_another_keeps_its_own_protesters():
    text = "Non loin de la manifestation, la CGT a tenu un rassemblement devant la mairie."
    assert any("CGT" in names for names in protests(text))
    text = "La CGT a manifesté jeudi à proximité de l'Assemblée nationale."
    assert any("CGT" in names for names in protests(text))
