"""A medium reached, inside a core argument of the trigger, through a phrase of reporting ("La
tribune, publiée dans X, met en garde", "L'élu, invité sur X, a dénoncé") only publishes or
hosts the words of that argument's head: it is no speaker, doer or one acted on
(participants.is_core_argument, reported_through). A statement left with no speaker is
dropped. A medium that is itself the subject, or the complement of its subject's head by "de",
takes part as before. Sentences written for these tests (issue 19, branch issue-19-speaker2)."""
from __future__ import annotations

import pytest

from tests.article_events import events, statements


def names(text: str, event_type: str) -> list[set[str]]:
    return [actors for etype, actors in events(text) if etype == event_type]


@pytest.mark.parametrize("text, medium", [
    ("La tribune, publiée dans Le Parisien, met en garde contre une nouvelle vague.", "Le Parisien"),
    ("Le texte, paru dans Le Monde, dénonce la réforme des retraites.", "Le Monde"),
    ("L'élu, invité sur France Inter, a dénoncé la réforme des retraites.", "France Inter"),
])
def test_the_medium_that_publishes_a_subject_s_words_is_no_speaker(text, medium):
    assert not [a for _, a in statements(text) if medium in a], statements(text)


def test_the_medium_of_an_employee_reached_by_pour_is_not_the_one_arrested():
    text = "Un journaliste travaillant pour Le Figaro a été arrêté mardi à Moscou."
    assert not [a for a in names(text, "legal_action") if "Le Figaro" in a], events(text)


@pytest.mark.parametrize("text, event_type, medium", [
    ("Le Monde a porté plainte mardi contre le ministre.", "legal_action", "Le Monde"),
    ("Le Parisien, cité par plusieurs médias, a dénoncé mardi la censure de ses journalistes.",
     "statement", "Le Parisien"),
])
def test_a_medium_that_is_the_subject_still_takes_part(text, event_type, medium):
    assert [a for a in names(text, event_type) if medium in a], events(text)
