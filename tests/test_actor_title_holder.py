"""A title, its complement and the name of its holder ("le ministre délégué aux Transports X",
"le chef de la police de Denver X"): the NER may read the complement and the name as one
organization; the parser hangs the name on the title (`appos`), so the name is a person of
its own. And a name made of words of French only inside an organization the NER found is the
organization's ("le chef du Nouveau Parti Démocratique"). Sentences are written for these
tests, with invented names."""
from __future__ import annotations

import pytest

from newsledger.extract.article import extract_texts

TRANSPORTS = "Le ministre délégué aux Transports Julien Castagnède a dénoncé la grève."
DENVER = "Selon le chef de la police de Denver Art Velasco, la situation est calme."
PARTY = "Le chef du Nouveau Parti Démocratique a critiqué le budget."
KEPT = [
    ("Le chef de la police de Phoenix Ray Delgado a annoncé des arrestations.", "Ray Delgado", "police de Phoenix"),
    ("Le directeur de la police de Lyon Marc Bouvier a dénoncé les violences.", "Marc Bouvier", "police de Lyon"),
    ("Le secrétaire général de l'Otan Lars Henriksen a condamné l'attaque.", "Lars Henriksen", "Otan"),
]


@pytest.fixture(scope="module")
def facts():
    texts = [TRANSPORTS, DENVER, PARTY, *(k[0] for k in KEPT)]
    return dict(zip(texts, extract_texts([(t, "2020-06-01") for t in texts])))


def kinds(f):
    return {m.canonical_name: m.actor_type for m in f.mentions}


def test_a_portfolio_glued_to_its_minister_leaves_the_minister_a_person(facts):
    f = facts[TRANSPORTS]
    assert kinds(f).get("Julien Castagnède") == "person"
    assert not any("Castagnède" in n for n, k in kinds(f).items() if k != "person")
    assert [a.canonical_name for e in f.events for a in e.actors if a.role == "source"] == ["Julien Castagnède"]


def test_a_police_chief_read_into_the_police_body_is_a_person(facts):
    k = kinds(facts[DENVER])
    assert k.get("Art Velasco") == "person"
    assert k.get("police de Denver") == "organization"


def test_a_party_of_words_of_french_stays_the_party(facts):
    k = kinds(facts[PARTY])
    assert "Parti Démocratique" not in k
    assert k.get("Nouveau Parti Démocratique") == "organization"


@pytest.mark.parametrize("text, person, body", KEPT)
def test_names_the_ner_already_split_stay_as_they_were(facts, text, person, body):
    k = kinds(facts[text])
    assert k.get(person) == "person"
    assert k.get(body) == "organization"


def test_a_title_of_several_words_takes_its_holder_too():
    text = "Le secrétaire d'État aux Transports Julien Castagnède a dénoncé la grève."
    f = next(extract_texts([(text, "2020-06-01")]))
    assert kinds(f).get("Julien Castagnède") == "person"
    assert not any("Castagnède" in n for n, k in kinds(f).items() if k != "person")
