"""Whom a pronoun takes up as an election's actor (events/election.referents), on French
sentences written for these tests: the one elected or appointed ("il a été élu") is a person,
the subject who runs or holds the vote one that may run (a person, a state, a party); an "il"
taken up as a bank, a company, a regional council or a palace names no one who takes part."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_the_one_elected_taken_up_by_a_pronoun_is_no_organization(nlp):
    bank = ("Banque Lorval", "Banque Lorval", "organization")
    text = "Intro. La Banque Lorval a financé la rénovation du stade. Il a été élu maire en 2017."
    assert "Banque Lorval" not in names(elections(nlp, text, [bank]))
    company = ("société Vanor", "société Vanor", "organization")
    text = ("Intro. Un camion de la société Vanor était garé devant la mairie. Depuis qu'il a été "
            "élu, les patrouilles sont fréquentes.")
    assert "société Vanor" not in names(elections(nlp, text, [company]))


def test_the_one_elected_taken_up_by_a_pronoun_is_a_person(nlp):
    text = "Intro. Paul Martin a quitté le gouvernement en mai. Il a été élu député en juin."
    assert "Paul Martin" in names(elections(nlp, text, [MARTIN]))


def test_who_runs_taken_up_by_a_pronoun_may_run(nlp):
    council = ("Conseil de Lorraine", "Conseil de Lorraine", "organization")
    text = ("Intro. Il a coprésidé le groupe écologiste au Conseil de Lorraine jusqu'en 2016. Il avait "
            "participé en janvier 2017 à la primaire de la gauche.")
    assert "Conseil de Lorraine" not in names(elections(nlp, text, [council]))
    palace = ("Palais royal", "Palais royal", "organization")
    text = ("Intro. Le Palais royal a publié un communiqué lundi. Il avait annoncé le maintien du "
            "premier tour des élections municipales.")
    assert "Palais royal" not in names(elections(nlp, text, [palace]))


def test_a_party_or_a_person_taken_up_by_a_pronoun_runs(nlp):
    party = ("Parti vert", "Parti vert", "organization")
    text = "Intro. Le Parti vert a tenu son congrès à Lyon. Il avait participé aux élections régionales de 2015."
    assert "Parti vert" in names(elections(nlp, text, [party]))
    text = "Intro. Paul Martin a tenu un meeting à Lyon. Il avait participé en janvier à la primaire de la gauche."
    assert "Paul Martin" in names(elections(nlp, text, [MARTIN]))
