"""An organization the sentence itself calls a medium, by a noun of the press written right
before it ("le quotidien libanais X", "la radio publique X": data/press_nouns.json,
events/press_named.py), is read as the listed media are: it takes part only through the
trigger's own syntax, and only hosts, reports or interviews when it stands elsewhere in the
sentence. An event left without an actor is dropped. A medium that is the one acted on still
takes part; persons ("la journaliste X") are left as they were. Sentences written for these tests
(issue 19, branch issue-19-media2); the titles and people are invented."""
from __future__ import annotations

import pytest

from tests.article_events import events


def names(text: str, event_type: str) -> list[set[str]]:
    return [actors for etype, actors in events(text) if etype == event_type]


def test_the_daily_a_minister_gave_an_interview_to_takes_no_part_in_the_conference():
    text = ("Dans un entretien accordé au quotidien libanais Al-Moustaqbal, il a de nouveau exposé "
            "les motivations d'une conférence internationale.")
    assert not [a for a in names(text, "meeting") if "Al-Moustaqbal" in a], events(text)


@pytest.mark.parametrize("text, event_type, name", [
    ("Interrogé par la radio publique Radio Horizon, Paul Martin déplore la fermeture des écoles.",
     "statement", "Radio Horizon"),
    ("Le ministre, interrogé par le journaliste Marc Lenoir pour la chaîne Canal Horizon, a évoqué "
     "les enlèvements commis par le groupe Wagner.", "attack", "Canal Horizon"),
])
def test_a_medium_named_by_a_press_noun_only_hosts_or_reports(text, event_type, name):
    found = names(text, event_type)
    assert found and not [a for a in found if name in a], events(text)


@pytest.mark.parametrize("text, event_type, name", [
    ("Le quotidien Al-Moustaqbal a été condamné mardi par un tribunal de Beyrouth.",
     "legal_action", "Al-Moustaqbal"),
    ("La journaliste Claire Vasseur a été arrêtée mardi à Minsk.", "legal_action", "Claire Vasseur"),
])
def test_a_medium_or_a_journalist_acted_on_still_takes_part(text, event_type, name):
    assert [a for a in names(text, event_type) if name in a], events(text)
