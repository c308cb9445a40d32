"""Who backs a protest from outside it takes no part in it (events/protest_support.py), on
French sentences written for these tests."""
from __future__ import annotations

import pytest

from article_events import protests


@pytest.mark.parametrize("text", [
    "Marine Le Pen soutient la mobilisation des cheminots contre la réforme des retraites.",
    "Jean-Luc Mélenchon s'est dit solidaire de la grève des cheminots de la SNCF.",
    "Jean-Luc Mélenchon a apporté son soutien à la grève des cheminots de la SNCF.",
])
def test_a_supporter_of_a_protest_is_no_protester(text):
    assert not any({"Marine Le Pen", "Jean-Luc Mélenchon"} & names for names in protests(text))


def test_protesters_named_in_the_protest_stay():
    assert any("SNCF" in names for names in protests(
        "Jean-Luc Mélenchon a apporté son soutien à la grève des cheminots de la SNCF."))


def test_who_marches_stays():
    assert any("Jean-Luc Mélenchon" in names for names in protests(
        "Jean-Luc Mélenchon a défilé samedi à Paris dans la manifestation contre la réforme des retraites."))
    assert any("Marine Le Pen" in names for names in protests(
        "Marine Le Pen a organisé une manifestation contre la réforme des retraites."))
