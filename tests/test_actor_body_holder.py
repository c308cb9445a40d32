"""A government body's name and the person named right after it ("la mairie de Paris X"):
the body ends at its place, the person is an actor of their own. Sentences are written for
these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.article import extract_texts


@pytest.fixture(scope="module")
def facts():
    texts = [
        "La candidate à la mairie de Lyon Mathilde Garnier a annoncé mardi son retrait.",
        "Le préfet de police de Bordeaux Didier Lemoine a interdit la manifestation.",
        "La police de Hong Kong a arrêté dix personnes.",
        "La police de Los Angeles a dispersé la foule.",
        "Le tribunal administratif de Nice a rejeté la requête.",
    ]
    return dict(zip(texts, extract_texts([(t, "2020-06-01") for t in texts])))


def names(f):
    return {m.canonical_name for m in f.mentions}


def test_person_after_a_body_and_its_place_is_a_person_of_their_own(facts):
    f = facts["La candidate à la mairie de Lyon Mathilde Garnier a annoncé mardi son retrait."]
    assert "Mathilde Garnier" in names(f)
    assert not any("Garnier" in n and "mairie" in n for n in names(f))
    assert [a.canonical_name for e in f.events for a in e.actors if a.role == "source"] == ["Mathilde Garnier"]


def test_person_after_a_police_body_is_not_run_into_it(facts):
    f = facts["Le préfet de police de Bordeaux Didier Lemoine a interdit la manifestation."]
    assert "Didier Lemoine" in names(f)
    assert not any("Lemoine" in n and "police" in n for n in names(f))


@pytest.mark.parametrize("text, body", [
    ("La police de Hong Kong a arrêté dix personnes.", "Hong Kong"),
    ("La police de Los Angeles a dispersé la foule.", "Los Angeles"),
    ("Le tribunal administratif de Nice a rejeté la requête.", "tribunal administratif de Nice"),
])
def test_place_names_of_several_words_stay_in_the_body(facts, text, body):
    assert any(body in n for n in names(facts[text]))
