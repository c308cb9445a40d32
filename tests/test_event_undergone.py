"""A happening the subject of its verb undergoes (events/undergone.py, data/undergoing.json), on
French sentences written for these tests: "X a fait l'objet d'une enquête", "X fait l'objet de
sanctions", "X a subi une attaque" make X the one acted on (target), not the doer; the subject
of a verb that does the act stays its source."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
NORDEX = [("Nordex", "Nordex", "organization")]
PARQUET = [("parquet de Lyon", "parquet de Lyon", "organization")]


def roles(nlp, text, actors, event_type):
    found = [e for e in run(nlp, text, actors) if e.event_type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.canonical_name: a.role for a in found[0].actors}


def test_the_subject_of_faire_l_objet_de_undergoes_the_inquiry(nlp):
    text = "Paul Martin a fait l'objet d'une enquête du parquet de Lyon en 2019."
    got = roles(nlp, text, MARTIN + PARQUET, "legal_action")
    assert got["Paul Martin"] == "target" and got["parquet de Lyon"] == "source"


def test_the_subject_of_faire_l_objet_de_undergoes_the_sanctions(nlp):
    text = "La société Nordex fait l'objet de sanctions depuis mardi."
    assert roles(nlp, text, NORDEX, "sanction") == {"Nordex": "target"}


def test_the_subject_of_a_verb_that_does_the_act_stays_its_source(nlp):
    text = "Paul Martin a ouvert une enquête sur Claire Dupont."
    got = roles(nlp, text, MARTIN + DUPONT, "legal_action")
    assert got["Paul Martin"] == "source" and got["Claire Dupont"] == "target"


def test_a_deed_named_after_another_preposition_is_not_undergone(nlp):
    text = "Paul Martin fait l'objet de poursuites pour agression depuis mardi."
    found = [e for e in run(nlp, text, MARTIN) if e.event_type == "attack"]
    assert found and all(a.role != "target" for e in found for a in e.actors)
