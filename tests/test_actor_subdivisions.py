"""Country words that name a sub-national state (ISO 3166-2 through pycountry): "Jersey" in
"New Jersey", "Washington" and "Géorgie" after "l'État de". Such a state is a place, no
actor, and never the country whose name it shares. Sentences are written for these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.actors import extract_actors
from newsledger.extract.article import sentences_of
from newsledger.extract.nlp import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def country_codes(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(m.surface, m.country_code) for m in extract_actors(doc, sentences_of(doc))
            if m.actor_type == "country"]


def test_country_word_inside_a_state_name_is_no_actor(nlp):
    codes = country_codes(nlp, "La gouverneure du New Jersey a promis mardi une nouvelle loi sur l'eau.")
    assert ("Jersey", "JE") not in codes


def test_capital_after_a_state_noun_is_the_state_not_the_country(nlp):
    codes = country_codes(nlp, "Des orages ont privé d'électricité des milliers de foyers de l'État de Washington.")
    assert ("Washington", "US") not in codes
    codes = country_codes(nlp, "Le sénateur a été réélu dans l'Etat américain de Washington.")
    assert ("Washington", "US") not in codes


def test_country_name_after_a_state_noun_is_the_state_not_the_country(nlp):
    codes = country_codes(nlp, "Un juge de l'Etat de Géorgie a suspendu mardi le décompte des voix.")
    assert ("Géorgie", "GE") not in codes


def test_countries_named_as_such_stay(nlp):
    # controls: a state's noun in a title ("chef d'Etat"), a sovereign state called "l'État
    # de", a country and a capital standing for their states
    codes = country_codes(nlp, "Le chef d'Etat de Géorgie a rencontré lundi le président de l'État d'Israël.")
    assert ("Géorgie", "GE") in codes and ("Israël", "IL") in codes
    codes = country_codes(nlp, "La Géorgie a signé un accord avec Washington sur le commerce.")
    assert ("Géorgie", "GE") in codes and ("Washington", "US") in codes
