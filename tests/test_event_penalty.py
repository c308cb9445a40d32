"""A sanction none of whose actors is a state or an international body is a penalty
(events/penalty.py), on French sentences written for these tests: each negative test loses its
false sanction, each control keeps its true one."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
PARTY = ("Parti du progrès", "Parti du progrès", "organization")
FIRM = ("Société Durand", "Société Durand", "organization")
LAOS = ("Laos", "Laos", "country")
UN = ("ONU", "ONU", "organization")


def sanctions(nlp, text, actors):
    return typed(run(nlp, text, actors), "sanction")


def test_a_deputy_sanctioned_for_his_conduct_is_a_penalty(nlp):
    text = "Intro. Paul Martin a été sanctionné mardi pour son comportement dans l'hémicycle."
    assert sanctions(nlp, text, [MARTIN]) == []


def test_a_party_sanction_is_a_penalty(nlp):
    text = "Intro. Le Parti du progrès a sanctionné Claire Dupont pour ses propos."
    assert sanctions(nlp, text, [PARTY, DUPONT]) == []


def test_an_employee_given_a_sanction_is_a_penalty(nlp):
    text = "Intro. Selon Paul Martin, Claire Dupont a reçu une lourde sanction de la Société Durand."
    assert sanctions(nlp, text, [MARTIN, DUPONT, FIRM]) == []


def test_sanctions_of_a_state_are_kept(nlp):
    text = "Intro. Le Laos a imposé mardi de nouvelles sanctions contre Paul Martin."
    assert sanctions(nlp, text, [LAOS, MARTIN])


def test_sanctions_of_an_international_body_are_kept(nlp):
    text = "Intro. L'ONU a imposé mardi de nouvelles sanctions contre Paul Martin."
    assert sanctions(nlp, text, [UN, MARTIN])


def test_an_asset_freeze_is_kept_without_a_state(nlp):
    """A freeze is an enforcement action whoever orders it; an international body is kept."""
    from newsledger.extract.events.penalty import is_penalty
    doc = nlp("Les avoirs ont été gelés.")
    head = next(t for t in doc if t.lower_ == "gelés")
    assert not is_penalty("sanction", {"Société Durand": "target"}, {"Société Durand": "organization"}, [head])
    head = next(t for t in nlp("Il a été sanctionné.") if t.lower_ == "sanctionné")
    assert is_penalty("sanction", {"Société Durand": "target"}, {"Société Durand": "organization"}, [head])
    assert not is_penalty("sanction", {"Conseil de sécurité de l'ONU": "source"},
                          {"Conseil de sécurité de l'ONU": "organization"}, [head])


def test_restrictive_measures_are_kept_with_persons_only(nlp):
    text = "Intro. Paul Martin a annoncé mardi de nouvelles mesures restrictives contre Claire Dupont."
    assert sanctions(nlp, text, [MARTIN, DUPONT])


def test_plural_sanctions_of_a_named_leader_are_kept(nlp):
    text = "Intro. Par les sanctions prises par le président Paul Martin, l'économie subit un ralentissement."
    assert sanctions(nlp, text, [MARTIN])


def test_a_party_council_resolution_is_no_sanction(nlp):
    text = "Intro. Claire Dupont a été désignée par une résolution du conseil national du Parti du progrès, " \
           "adoptée samedi par un vote."
    assert sanctions(nlp, text, [DUPONT, PARTY]) == []


def test_a_security_council_resolution_is_kept(nlp):
    text = "Intro. Le Conseil de sécurité de l'ONU a adopté mardi une résolution contre le Laos."
    assert sanctions(nlp, text, [("Conseil de sécurité de l'ONU", "Conseil de sécurité de l'ONU", "organization"),
                                 LAOS])
