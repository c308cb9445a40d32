"""An actor set beside the one a clause tells of, by comparison or precedence ("Après la
Pologne, le Laos a dénoncé", "Comme X", "à l'instar de X", "contrairement à X"), takes no part
in the event, and the sentence's other events do not sweep it up (events/peers.py).
Invented sentences."""
from __future__ import annotations

import pytest

from newsledger.extract.nlp import get_nlp
from test_events import only, roles, run

COUNTRIES = ["Thaïlande", "Laos", "Cambodge", "Pologne", "Lituanie"]


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def actors_of(text):
    return [(c, c, "country") for c in COUNTRIES if c in text]


@pytest.mark.parametrize("text", [
    "Après la Pologne, le Laos a dénoncé mardi les essais nucléaires du Cambodge.",
    "Comme la Pologne, le Laos a dénoncé mardi les essais nucléaires du Cambodge.",
    "À l'instar de la Pologne, le Laos a dénoncé mardi les essais nucléaires du Cambodge.",
    "Le Laos a dénoncé mardi, après la Pologne, les essais nucléaires du Cambodge.",
])
def test_a_peer_is_neither_source_nor_target(nlp, text):
    ev = only(run(nlp, text, actors_of(text)), "statement")
    assert roles(ev) == {"Laos": "source", "Cambodge": "target"}


def test_peers_in_a_list_and_the_other_events_of_the_sentence(nlp):
    text = "Après la Pologne et la Lituanie, le Laos a condamné l'arrestation de l'opposant."
    events = run(nlp, text, actors_of(text))
    assert roles(only(events, "statement")) == {"Laos": "source"}
    assert not any(a.canonical_name in ("Pologne", "Lituanie") for e in events for a in e.actors)


def test_contrast_with_contrairement(nlp):
    text = "Contrairement à la Pologne, le Laos a condamné les essais nucléaires du Cambodge."
    assert "Pologne" not in roles(only(run(nlp, text, actors_of(text)), "statement"))


def test_examples_given_with_comme_take_part(nlp):
    text = "Des pays comme la Pologne et la Lituanie ont condamné les essais nucléaires du Cambodge."
    assert {"Pologne", "Lituanie"} <= set(roles(only(run(nlp, text, actors_of(text)), "statement")))


def test_examples_after_the_verb_take_part(nlp):
    text = "Le Laos a reçu des délégations de plusieurs pays, comme la Pologne et la Lituanie."
    assert {"Pologne", "Lituanie"} <= set(roles(only(run(nlp, text, actors_of(text)), "meeting")))


def test_the_trigger_inside_the_phrase_keeps_its_actors(nlp):
    text = "Après sa rencontre avec la Pologne, le Laos a dénoncé les essais nucléaires du Cambodge."
    meeting = only(run(nlp, text, actors_of(text)), "meeting")
    assert "Pologne" in roles(meeting)
