"""Attack words whose doer or victim is an animal (issue 19, branch issue-19-attack3), on French
sentences written for these tests: "une invasion de criquets", "une attaque de requin", "un
massacre de phoques" name an animal's doing, no armed attack of actors (contexts.animal,
events/animal_doer.py); an invasion that is an arrival of migrants or tourists called so
("une invasion migratoire", "touristique": contexts.unarmed) is a figure of speech. Armed
attacks and groups named after an animal stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def attacks(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "attack"]


KENYA = [("Kenya", "Kenya", "country")]
FRANCE = [("France", "France", "country")]
BANGLADESH = [("Bangladesh", "Bangladesh", "country")]
EU = [("Union européenne", "Union européenne", "organization")]
RUSSIA_UKRAINE = [("Russie", "Russie", "country"), ("Ukraine", "Ukraine", "country")]
WOLVES = [("Loups gris", "Loups gris", "organization"), ("Arménie", "Arménie", "country")]


def test_a_locust_invasion_is_no_attack(nlp):
    text = "Confronté à la pire invasion de sauterelles depuis vingt ans, le Kenya a lancé un plan d'urgence."
    assert not attacks(nlp, text, KENYA)


def test_a_shark_attack_is_no_attack_of_actors(nlp):
    text = "Une attaque de requin a fait un mort samedi sur une plage du sud de la France."
    assert not attacks(nlp, text, FRANCE)


def test_an_invasion_of_rats_and_mice_is_no_attack(nlp):
    text = "Le village a subi une invasion de rats et de souris après les inondations qui ont frappé le Bangladesh."
    assert not attacks(nlp, text, BANGLADESH)


def test_a_migratory_invasion_is_a_figure_of_speech(nlp):
    text = "Le député a dénoncé une invasion migratoire organisée par l'Union européenne."
    assert not attacks(nlp, text, EU)


def test_an_invasion_of_a_country_by_a_state_stays(nlp):
    text = "L'invasion de l'Ukraine par la Russie a commencé le 24 février."
    assert attacks(nlp, text, RUSSIA_UKRAINE)


def test_a_group_named_after_an_animal_stays(nlp):
    text = "L'attaque armée des Loups gris contre un centre culturel en Arménie a fait deux morts."
    assert attacks(nlp, text, WOLVES)
