"""Figurative wars (issue 19, branch issue-19-attacksense), on French sentences written for these
tests: a war, an offensive, a conflict or a fight whose own "de" complement names a
non-military domain (contexts.unarmed_domain: "la guerre des prix", "des nerfs", "des chefs") or
whose adjective is "sanitaire" or "intestin" (contexts.unarmed) is a rivalry, no armed attack
(sense.names_an_unarmed_domain, sense.fights_an_abstraction). Real wars named by their place or
time, or by their adjective, stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def attacks(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "attack"]


DUPONT = [("Jean Dupont", "Jean Dupont", "person")]
SHOPS = [("Carrefour", "Carrefour", "organization"), ("Leclerc", "Leclerc", "organization")]
FRANCE = [("France", "France", "country")]
PS = [("Parti socialiste", "Parti socialiste", "organization"), ("Jean Dupont", "Jean Dupont", "person")]
CHINA_US = [("Chine", "Chine", "country"), ("États-Unis", "États-Unis", "country")]


def test_a_war_of_chiefs_in_a_party_is_no_attack(nlp):
    text = "Le député Jean Dupont est la victime collatérale de la guerre des chefs au sein du parti."
    assert not attacks(nlp, text, DUPONT)


def test_a_price_war_between_shops_is_no_attack(nlp):
    text = "La guerre des prix entre Carrefour et Leclerc a fait une victime, le petit commerce."
    assert not attacks(nlp, text, SHOPS)


def test_a_war_of_nerves_is_no_attack(nlp):
    text = "La guerre des nerfs entre la Chine et les États-Unis se poursuit malgré les missiles."
    assert not attacks(nlp, text, CHINA_US)


def test_a_health_war_is_no_attack(nlp):
    text = "La guerre sanitaire menée par la France a fait des milliers de morts."
    assert not attacks(nlp, text, FRANCE)


def test_a_party_infighting_is_no_attack(nlp):
    text = "La guerre intestine du Parti socialiste a fait une victime, Jean Dupont."
    assert not attacks(nlp, text, PS)


# controls: wars fought with arms keep their attack

def test_a_war_named_by_its_place_stays(nlp):
    text = "La guerre du Golfe a fait des milliers de morts en Irak."
    assert attacks(nlp, text, [("Irak", "Irak", "country")])


def test_a_war_named_by_its_length_stays(nlp):
    text = "La guerre des Six Jours entre Israël et l'Égypte a fait des milliers de morts."
    assert attacks(nlp, text, [("Israël", "Israël", "country"), ("Égypte", "Égypte", "country")])


def test_a_civil_war_stays(nlp):
    text = "La guerre civile en Libye a fait des milliers de morts."
    assert attacks(nlp, text, [("Libye", "Libye", "country")])


def test_a_war_of_a_state_against_another_stays(nlp):
    text = "La guerre de la Russie contre l'Ukraine a fait des milliers de morts."
    assert attacks(nlp, text, [("Russie", "Russie", "country"), ("Ukraine", "Ukraine", "country")])


def test_an_offensive_of_a_rebel_chief_stays(nlp):
    text = "L'offensive du chef rebelle Jean Dupont contre la ville a fait des dizaines de morts."
    assert attacks(nlp, text, DUPONT)
