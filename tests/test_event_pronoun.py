"""A personal pronoun doer ("il a dénoncé") takes up a person, or a state or body named as a
subject before it; not a state named elsewhere in the sentences before ("en Bolivie")
(participants.resolve_pronoun_subject). Sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

BOLIVIE = ("Bolivie", "Bolivie", "country")
MARTIN = ("Paul Martin", "Paul Martin", "person")


def statements(events):
    return [e for e in events if e.event_type == "statement"]


def test_a_state_named_in_passing_is_not_the_pronoun_speaker(nlp):
    text = "La réforme a été votée en Bolivie mardi. Il a dénoncé une loi injuste."
    assert not statements(run(nlp, text, [BOLIVIE])), text


def test_a_person_subject_before_a_medium_is_the_pronoun_speaker(nlp):
    text = ("Paul Martin a présenté la réforme lundi. Le texte a été publié par RTL mardi. "
            "Il a dénoncé une loi injuste.")
    [ev] = statements(run(nlp, text, [MARTIN, ("RTL", "RTL", "organization")]))
    assert roles(ev) == {"Paul Martin": "source"}


def test_a_state_subject_of_the_sentence_before_is_the_pronoun_speaker(nlp):
    text = "La Bolivie a adopté la réforme mardi. Elle a dénoncé les pressions étrangères."
    [ev] = statements(run(nlp, text, [BOLIVIE]))
    assert roles(ev) == {"Bolivie": "source"}


def test_a_person_named_before_is_the_pronoun_speaker(nlp):
    text = "La réforme a été présentée par Paul Martin mardi. Il a dénoncé les pressions étrangères."
    [ev] = statements(run(nlp, text, [MARTIN]))
    assert roles(ev) == {"Paul Martin": "source"}
