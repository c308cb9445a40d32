"""Whom a protest honours or supports, said through what qualifies the protest noun, is no
protester (events/beneficiary.py): a participle ("organisées en hommage à X"), a noun of
tribute taken by 'de' ("une manifestation de soutien à X", "une marche d'hommage à X"). French
sentences written for these tests."""
from __future__ import annotations

import pytest

from article_events import protests


@pytest.mark.parametrize("text", [
    "Plusieurs manifestations organisées en hommage à Paul Durand ont réuni des milliers de personnes dimanche.",
])
def test_the_one_honoured_is_no_protester(text):
    assert not any("Paul Durand" in names for names in protests(text))


@pytest.mark.parametrize("text", [
    "Le syndicat CGT a organisé une marche d'hommage à Paul Durand samedi à Lyon.",
    "Le syndicat CGT a organisé une manifestation de soutien à Paul Durand samedi à Lyon.",
    "Le syndicat CGT a organisé samedi à Lyon des manifestations organisées en hommage à Paul Durand.",
])
def test_the_organiser_stays_without_the_one_supported(text):
    found = protests(text)
    assert any("CGT" in names for names in found)
    assert not any("Paul Durand" in names for names in found)


def test_the_organiser_beside_the_one_honoured_stays():
    found = protests("Le syndicat CGT a organisé samedi à Lyon une marche en hommage à Paul Durand, "
                     "un ouvrier mort sur un chantier.")
    assert any("CGT" in names for names in found)
    assert not any("Paul Durand" in names for names in found)


def test_who_marches_for_someone_stays():
    assert any("Paul Durand" in names for names in protests(
        "Paul Durand a manifesté samedi à Lyon contre la fermeture de son usine."))
    assert any("CGT" in names for names in protests(
        "Le syndicat CGT a organisé une manifestation de soutien aux salariés devant le tribunal."))
