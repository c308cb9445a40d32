"""A protest whose protesters are an unnamed crowd lists no one named only in an adjunct of its
verb (place, purpose, circumstance) or in a clause on its crowd; who marches with the crowd or
calls it, and the country, stay (events/protest_adjunct.py with data/gathering.json
crowd_company), on French sentences written for these tests."""
from __future__ import annotations

import pytest

from article_events import events, protests


@pytest.mark.parametrize("text, name", [
    ("Une centaine de manifestants se sont rassemblés devant le théâtre où parlait Paul Martin.",
     "Paul Martin"),
    ("Plusieurs milliers de manifestants ont défilé samedi à Minsk afin de réclamer le départ de Paul Martin.",
     "Paul Martin"),
    ("Des dizaines de personnes ont manifesté samedi à Lyon, ville dont Jean Dupont est le maire.",
     "Jean Dupont"),
    ("Des milliers de manifestants ont défilé samedi en Biélorussie pour réclamer le départ de Paul Martin.",
     "Paul Martin"),
    ("La manifestation de centaines de personnes réclamant la démission de Paul Martin a eu lieu samedi à Lyon.",
     "Paul Martin"),
])
def test_a_name_in_an_adjunct_of_a_crowds_protest_is_no_protester(text, name):
    assert not any(name in names for names in protests(text)), events(text)


@pytest.mark.parametrize("text, name", [
    # controls, listed on the base code too: a call, company, the crowd's own phrase, the country
    ("Des centaines de policiers ont manifesté vendredi à Paris à la demande du syndicat Alliance.", "Alliance"),
    ("Des centaines de manifestants ont défilé avec Jean Dupont samedi à Lyon.", "Jean Dupont"),
    ("Des milliers de militants de la CGT ont défilé samedi devant le siège du Medef.", "CGT"),
    ("Des milliers de manifestants ont défilé samedi en Biélorussie pour réclamer le départ de Paul Martin.",
     "Biélorussie"),
])
def test_who_calls_or_joins_the_crowd_and_the_country_stay(text, name):
    assert any(name in names for names in protests(text)), events(text)
