"""A happening named by "pour" after a noun of demand that is a verb's object, with words
between them: the parser hangs the "pour" phrase on the verb, but it completes the noun of
calling or asking, so the happening is only asked for (events/demand_for.py), on French
sentences written for these tests; a "pour" phrase after a noun that asks for nothing, or
across another verb, stays."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

STATES = [("Serbie", "Serbie", "country"), ("Croatie", "Croatie", "country"),
          ("Croix-Rouge", "Croix-Rouge", "organization")]


def test_appeal_to_donors_for_an_aid_is_no_aid(nlp):
    assert not triggers(nlp, "Intro. La Croatie a lancé un appel urgent aux pays voisins pour une aide "
                             "humanitaire de la Serbie.", STATES, "aid")


def test_demand_to_a_state_for_an_aid_is_no_aid(nlp):
    assert not triggers(nlp, "Intro. La Croatie a renouvelé sa demande à la Serbie pour une aide humanitaire.",
                        STATES, "aid")


def test_appeal_with_its_author_between_for_a_ceasefire_is_no_agreement(nlp):
    assert not triggers(nlp, "Intro. Le texte soutient l'appel du 4 juin du président de la Croatie, Ivan Kralj, "
                             "pour un cessez-le-feu entre la Serbie et la Croatie.", STATES, "agreement")


def test_thanks_for_an_aid_stays(nlp):
    # the verb's object names someone, no demand: the "pour" phrase is the aid given
    assert triggers(nlp, "Intro. La Serbie a remercié la Croatie pour son aide humanitaire aux blessés.",
                    STATES, "aid")


def test_voting_instruction_for_the_round_stays(nlp):
    # a definite, scheduled round: "pour" names the occasion of the instruction, not its content
    assert triggers(nlp, "Intro. Le Parti vert n'a pas donné de consigne de vote aux électeurs pour le second "
                         "tour de l'élection présidentielle.", [("Parti vert", "Parti vert", "organization")],
                    "election")
