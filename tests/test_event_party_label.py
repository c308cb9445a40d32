"""A party written as a bare label right after the noun of one person ("un député X", "l'élu
X", "le cadre X") says the person's affiliation and takes no part in what the person does
(events/party_label.py): sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture; events with hand-built mentions)


def actors_of(events, etype):
    return [{a.canonical_name for a in e.actors} for e in events if e.event_type == etype]


PARTY = ("PPX", "Parti populaire X", "organization")
LEROY = ("Anne Leroy", "Anne Leroy", "person")


def test_the_label_of_an_indefinite_deputy_is_no_speaker(nlp):
    text = "« Le gouvernement n'écoute personne », déplore un député PPX."
    found = actors_of(run(nlp, text, [PARTY]), "statement")
    assert all("Parti populaire X" not in a for a in found)


def test_the_label_of_an_elected_official_is_no_target(nlp):
    text = "L'élu PPX fait l'objet d'une enquête de la police judiciaire après une plainte."
    found = actors_of(run(nlp, text, [PARTY]), "legal_action")
    assert all("Parti populaire X" not in a for a in found)


def test_the_label_of_a_party_official_is_no_agent(nlp):
    text = "Cette version a été fermement démentie par le cadre PPX."
    found = actors_of(run(nlp, text, [PARTY]), "statement")
    assert all("Parti populaire X" not in a for a in found)


def test_a_party_that_acts_stays(nlp):
    text = "Le PPX a dénoncé lundi la fermeture des écoles."
    assert {"Parti populaire X"} in actors_of(run(nlp, text, [PARTY]), "statement")


def test_the_labelled_person_stays(nlp):
    text = "La députée PPX Anne Leroy a dénoncé lundi la fermeture des écoles."
    assert any("Anne Leroy" in a for a in actors_of(run(nlp, text, [PARTY, LEROY]), "statement"))
