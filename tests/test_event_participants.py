"""Who takes part in a happening: the people named beside a trigger are not in it when the
trigger is only a landmark of time or place for their clause (events.landmark)."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Jean Dupont", "Jean Dupont", "person")
DURAND = ("Marie Durand", "Marie Durand", "person")


def of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_a_happening_named_as_a_date_takes_no_one_beside_it(nlp):
    events = run(nlp, "Jean Dupont a annoncé sa démission quelques jours après l'attentat de "
                      "Lyon.", [DUPONT])
    assert not of_type(events, "attack"), events


def test_a_happening_named_as_a_place_takes_no_one_beside_it(nlp):
    events = run(nlp, "Jean Dupont et Marie Durand se sont recueillis mardi sur le site de "
                      "l'armistice de 1918.", [DUPONT, DURAND])
    assert not of_type(events, "agreement"), events


def test_the_clause_before_a_landmark_is_not_its_doer(nlp):
    events = run(nlp, "Jean Dupont a reçu les syndicats avant la grève du 5 décembre.", [DUPONT])
    assert not of_type(events, "protest"), events


def test_a_landmark_keeps_its_own_complements(nlp):
    events = run(nlp, "Jean Dupont a démissionné deux jours après la manifestation organisée "
                      "par Marie Durand.", [DUPONT, DURAND])
    [protest] = of_type(events, "protest")
    assert "Marie Durand" in roles(protest) and "Jean Dupont" not in roles(protest)


def test_a_landmark_with_a_possessive_keeps_the_names_beside_it(nlp):
    events = run(nlp, "Après sa rencontre avec Marie Durand, Jean Dupont a annoncé un accord.",
                 [DUPONT, DURAND])
    [meeting] = of_type(events, "meeting")
    assert {"Jean Dupont", "Marie Durand"} <= set(roles(meeting))


def test_a_day_inside_a_happening_is_no_landmark(nlp):
    events = run(nlp, "Au quatrième jour du sommet de Bruxelles, Jean Dupont et Marie Durand "
                      "ont exprimé l'espoir d'un compromis.", [DUPONT, DURAND])
    [meeting] = of_type(events, "meeting")
    assert {"Jean Dupont", "Marie Durand"} <= set(roles(meeting))


def test_the_people_beside_an_election_stay_its_candidates(nlp):
    events = run(nlp, "Jean Dupont a devancé Marie Durand avant le second tour de l'élection "
                      "présidentielle.", [DUPONT, DURAND])
    assert of_type(events, "election"), events


def test_the_agent_after_a_landmark_is_its_doer(nlp):
    events = run(nlp, "Jean Dupont a profité de la crise après l'invasion du pays voisin par "
                      "Marie Durand pour renforcer ses liens.", [DUPONT, DURAND])
    [attack] = of_type(events, "attack")
    assert roles(attack).get("Marie Durand") == "source" and "Jean Dupont" not in roles(attack)


def test_a_landmark_keeps_the_medium_that_is_its_own_complement(nlp):
    events = run(nlp, "Quelques heures après le communiqué de TF1, Jean Dupont a annoncé "
                      "sa candidature.", [DUPONT, ("TF1", "TF1", "organization")])
    statements = [e for e in of_type(events, "statement") if e.trigger == "communiqué"]
    assert statements and roles(statements[0]).get("TF1") == "source", events


def test_whom_a_protest_is_for_takes_no_part_in_it(nlp):
    events = run(nlp, "Des veillées et des manifestations pour Jean Dupont ont été organisées "
                      "mardi à Lyon.", [DUPONT])
    assert not of_type(events, "protest"), events


def test_the_protesters_stay_beside_whom_they_march_for(nlp):
    events = run(nlp, "Marie Durand a manifesté mardi à Lyon en soutien à Jean Dupont.",
                 [DUPONT, DURAND])
    [protest] = of_type(events, "protest")
    assert roles(protest).get("Marie Durand") == "source" and "Jean Dupont" not in roles(protest)
