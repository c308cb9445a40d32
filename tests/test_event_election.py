"""Elections that are none, and actors that take no part in one (events/election.py), on
French sentences written for these tests: each rule loses its false event and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

from newsledger.extract.events.election import may_run
from newsledger.extract.events.lexicon import load_lexicon

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def test_naming_without_naming_is_no_appointment(nlp):
    text = "Intro. Paul Martin a critiqué les cadres du parti, visant sans le nommer Claire Dupont."
    assert not elections(nlp, text, [MARTIN, DUPONT])
    text = "Intro. Paul Martin a nommé Claire Dupont à la tête du ministère mardi."
    assert elections(nlp, text, [MARTIN, DUPONT])


def test_a_referendum_claimed_as_a_right_is_none(nlp):
    text = "Intro. Les Néerlandais ont le droit à un référendum aussi."
    assert not elections(nlp, text, [("Néerlandais", "Pays-Bas", "country")])
    text = "Intro. Les Néerlandais ont voté lors d'un référendum sur le traité en 2005."
    assert elections(nlp, text, [("Néerlandais", "Pays-Bas", "country")])


def test_an_election_with_only_bystanding_bodies_has_no_actor(nlp):
    vauban = ("commission Vauban", "commission Vauban", "organization")
    text = "Intro. À un mois des élections municipales, la commission Vauban a publié un sondage."
    assert not elections(nlp, text, [vauban])
    text = ("Intro. À un mois des élections municipales, où Claire Dupont est candidate, la commission "
            "Vauban a publié un sondage.")
    found = elections(nlp, text, [vauban, DUPONT])
    assert found and "Claire Dupont" in {a.canonical_name for e in found for a in e.actors}


def test_a_list_or_party_may_run_in_an_election(nlp):
    text = "Intro. Le Ralliement des citoyens présentera une liste aux élections européennes de mai."
    ralliement = ("Ralliement des citoyens", "Ralliement des citoyens", "organization")
    assert elections(nlp, text, [ralliement])


def test_who_may_run():
    lex = load_lexicon()
    assert may_run("Parti vert", "organization", lex)
    assert may_run("L'Union pour la nation", "organization", lex)
    assert may_run("Claire Dupont", "person", lex)
    assert not may_run("Parlement (France)", "organization", lex)
    assert not may_run("commission Vauban", "organization", lex)
