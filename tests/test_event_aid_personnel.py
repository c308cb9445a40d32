"""Sending rescuers or carers is aid given (option or_object, contexts.aid_personnel of
data/event_triggers.json), on French sentences written for these tests: the one sent must be
the direct object, not whom something is sent to."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

STATES = [("Chili", "Chili", "country"), ("Pérou", "Pérou", "country")]
MARTIN = [("Paul Martin", "Paul Martin", "person")]


def aid(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "aid"]


def test_doctors_sent_are_aid(nlp):
    found = aid(nlp, "Intro. Le Chili a envoyé des médecins au Pérou après les inondations.", STATES)
    assert found and {a.canonical_name for a in found[0].actors} == {"Chili", "Pérou"}


def test_a_team_of_rescuers_sent_is_aid(nlp):
    assert aid(nlp, "Intro. Le Chili a envoyé une équipe de secouristes au Pérou.", STATES)


def test_a_letter_sent_to_doctors_is_no_aid(nlp):
    text = "Intro. Le ministre Paul Martin a envoyé une lettre aux médecins du Pérou."
    assert not aid(nlp, text, MARTIN + STATES)


def test_taking_part_in_fighting_a_disaster_is_aid(nlp):
    text = "Intro. Le Chili a participé à la lutte contre les incendies au Pérou."
    found = aid(nlp, text, STATES)
    assert found and "Chili" in {a.canonical_name for a in found[0].actors}


def test_taking_part_in_fighting_terrorism_is_no_aid(nlp):
    assert not aid(nlp, "Intro. Le Chili a participé à la lutte contre le terrorisme au Pérou.", STATES)
