"""Meeting triggers in another sense, or trips that are no meeting of actors (issue 19, branch
issue-19-meetsense), on French sentences written for these tests:
- sense.partitive_noun: a partitive object ("le premier des avions", "l'un des dirigeants")
  is read through its "de" complement, so that 'recevoir' or 'accueillir' a thing is no meeting;
- sense.is_participle_homograph (option not_participle of 'entrevue'): 'entrevue' right after
  the noun it qualifies, with no determiner of its own, is the participle of entrevoir;
- 'accueillir' takes not_context media: a show that has a guest is no meeting;
- contexts.private_trip holds 'guidé': a guided tour is sightseeing, no visit of actors.
Each rule loses its false event and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


STATES = [("Bordurie", "Bordurie", "country"), ("Syldavie", "Syldavie", "country")]
LEADERS = [("Paul Martin", "Paul Martin", "person"), ("Igor Stanek", "Igor Stanek", "person")]
UNION = [("Union Ouvrière", "Union Ouvrière", "organization")]
SENATE = [("Sénat", "Sénat", "organization")]


def test_a_state_receiving_the_first_of_the_planes_meets_no_one(nlp):
    text = "La Bordurie a reçu mardi le premier des quatre avions cargos commandés à la Syldavie."
    assert not meetings(nlp, text, STATES)


def test_a_chamber_hosting_the_first_of_the_debates_meets_no_one(nlp):
    text = "Le Sénat a accueilli jeudi le premier des trois débats prévus sur la réforme."
    assert not meetings(nlp, text, SENATE)


def test_receiving_one_of_the_leaders_is_a_meeting(nlp):
    text = "Paul Martin a reçu lundi l'un des dirigeants de la Syldavie, Igor Stanek."
    assert meetings(nlp, text, LEADERS + STATES)


def test_receiving_a_leader_stays_a_meeting(nlp):
    text = "Paul Martin a reçu lundi Igor Stanek dans sa résidence."
    assert meetings(nlp, text, LEADERS)


def test_an_opening_glimpsed_between_the_sides_is_no_meeting(nlp):
    text = ("Le début de porte ouverte entrevue entre le gouvernement et l'Union Ouvrière "
            "n'a abouti à aucun accord.")
    assert not meetings(nlp, text, UNION)


def test_an_interview_between_leaders_stays_a_meeting(nlp):
    text = "L'entrevue entre Paul Martin et Igor Stanek a duré une heure."
    assert meetings(nlp, text, LEADERS)


def test_a_long_interview_with_a_leader_stays_a_meeting(nlp):
    text = "Paul Martin a eu une longue entrevue avec Igor Stanek."
    assert meetings(nlp, text, LEADERS)


def test_a_show_that_has_a_guest_is_no_meeting(nlp):
    text = "L'émission accueillait Paul Martin, venu débattre de la réforme des retraites."
    assert not meetings(nlp, text, LEADERS)


def test_a_leader_welcoming_another_stays_a_meeting(nlp):
    text = "Paul Martin a accueilli Igor Stanek à sa résidence d'été."
    assert meetings(nlp, text, LEADERS)


def test_a_guided_tour_of_a_chamber_is_no_visit(nlp):
    text = ("Le voyage comprend une visite guidée de l'Assemblée nationale par la députée "
            "Claire Dupont.")
    assert not meetings(nlp, text, [("Assemblée nationale", "Assemblée nationale", "organization"),
                                    ("Claire Dupont", "Claire Dupont", "person")])


def test_a_state_visit_stays_a_meeting(nlp):
    text = "Paul Martin a effectué mardi une visite officielle en Syldavie."
    assert meetings(nlp, text, LEADERS + STATES)
