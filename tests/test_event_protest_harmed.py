"""The person whose arrest, detention or assault a protest answers takes no part in it
(events/protest_mourned.py with data/gathering.json harm_noun), on French sentences written for
these tests."""
from __future__ import annotations

import pytest

from article_events import events, protests


@pytest.mark.parametrize("text", [
    "Jean Dupont a manifesté à Lyon après l'arrestation de Paul Martin.",
    "Jean Dupont a défilé samedi à Marseille après l'agression de Paul Martin par des policiers.",
    "Jean Dupont et ses amis ont manifesté à Lyon durant la détention de Paul Martin.",
])
def test_the_one_whose_harm_a_protest_answers_is_no_protester(text):
    found = protests(text)
    assert any("Jean Dupont" in names for names in found), events(text)
    assert not any("Paul Martin" in names for names in found), events(text)


@pytest.mark.parametrize("text", [
    "Les émeutes qui ont suivi l'interpellation de Paul Martin ont fait trois morts.",
    "L'arrestation de Paul Martin, qui a déclenché des émeutes à Lyon, a choqué le pays.",
])
def test_a_protest_listed_only_with_the_harmed_goes(text):
    assert not any("Paul Martin" in names for names in protests(text)), events(text)


@pytest.mark.parametrize("text, name", [
    ("La grève de Jean Dupont a commencé après l'incarcération de Paul Martin.", "Jean Dupont"),
    ("Jean Dupont, dont l'arrestation a choqué le pays, avait manifesté à Lyon la veille.", "Jean Dupont"),
    ("Paul Martin a manifesté à Lyon et l'arrestation de Jean Dupont a suivi.", "Paul Martin"),
    ("La CGT a organisé une grève après l'arrestation de Paul Martin.", "CGT"),
])
def test_protesters_named_beside_a_harm_stay(text, name):
    assert any(name in names for names in protests(text)), events(text)
