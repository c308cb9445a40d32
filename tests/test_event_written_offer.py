"""Statements told as the content of a private message, offers of goods whose article the parser
labels a preposition, and 'réclamer la parole' (asking leave to speak) (issue 19, branch
issue-19-stmt11), on French sentences written for these tests. Each rule loses its false event
and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def statements(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "statement"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
COMPAGNIE = [("Air Syldavie", "Air Syldavie", "organization")]


def test_a_text_message_proposing_is_private(nlp):
    text = "Intro. Le maire Paul Martin lui envoie un SMS lui proposant de réunir les élus du canton."
    assert not statements(nlp, text, MARTIN)


def test_an_email_that_demands_is_private(nlp):
    text = "Intro. Paul Martin a écrit un courriel qui réclame la démission du directeur."
    assert not statements(nlp, text, MARTIN)


def test_a_public_statement_that_demands_stays(nlp):
    text = "Intro. Paul Martin a publié un communiqué qui réclame la démission du directeur."
    assert statements(nlp, text, MARTIN)


def test_a_proposal_to_act_stays(nlp):
    text = "Intro. Le maire Paul Martin a proposé lundi de réunir les élus du canton."
    assert statements(nlp, text, MARTIN)


def test_a_firm_offering_flights_makes_no_proposal(nlp):
    text = ("Intro. La compagnie Air Syldavie va proposer prochainement des vols spéciaux "
            "à partir de Klow, selon le consulat.")
    assert not statements(nlp, text, COMPAGNIE)


def test_a_proposal_of_a_measure_by_a_firm_stays(nlp):
    text = "Intro. La compagnie Air Syldavie va proposer des mesures d'économie aux syndicats."
    assert statements(nlp, text, COMPAGNIE)


def test_asking_for_the_floor_is_no_demand(nlp):
    text = "Intro. Lors de la séance du conseil régional, Paul Martin a réclamé la parole à trois reprises."
    assert not statements(nlp, text, MARTIN)


def test_a_demand_for_a_resignation_stays(nlp):
    text = "Intro. Lors de la séance du conseil régional, Paul Martin a réclamé la démission du maire."
    assert statements(nlp, text, MARTIN)
