"""Statements whose speaker the text does not tell (events/speakerless.py), on French
sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("France", "France", "country"),
          ("Parti socialiste", "Parti socialiste", "organization"), ("CGT", "CGT", "organization"),
          ("Unsa", "Unsa", "organization")]


def statements(nlp, text):
    return [e for e in run(nlp, text, ACTORS) if e.event_type == "statement"]


@pytest.mark.parametrize("text, count", [
    ("Paul Martin a dit avoir la conscience tranquille malgré les critiques.", 0),
    ("Intro. Paul Martin a dit avoir la conscience tranquille malgré la critique.", 0),
    ("Intro. Face à l'accusation, Paul Martin a défendu la France.", 0),
    ("Intro. Paul Martin a maintenu sa ligne malgré la menace de la France.", 1),
    ("Intro. Paul Martin et la France ont échangé de vives critiques lundi.", 1),
    ("Intro. Paul Martin a répondu aux accusations de la France.", 1),
    ("Intro. Dans un communiqué, la France a dénoncé l'attaque.", 1),
    ("Intro. Paul Martin a réitéré ses critiques envers la France.", 1),
    ("Intro. La France a constaté une hausse des actes haineux, selon un communiqué publié en mai.", 1),
])
def test_a_speech_noun_without_speaker_is_no_statement(nlp, text, count):
    assert len(statements(nlp, text)) == count, run(nlp, text, ACTORS)


@pytest.mark.parametrize("text, count", [
    ("Intro. Les détracteurs de Paul Martin l'accusent de mentir.", 0),
    ("Intro. Certains accusent Paul Martin de mentir.", 0),
    ("Intro. La France accuse Paul Martin de mentir.", 1),
    ("Intro. Le président Paul Martin accuse la France de mentir.", 1),
    ("Intro. Certains cadres du Parti socialiste reprochent à Paul Martin ses propos.", 1),
    ("Intro. Deux syndicats - la CGT et l'Unsa - ont dénoncé la réforme de Paul Martin.", 1),
])
def test_an_unnamed_group_is_no_speaker(nlp, text, count):
    assert len(statements(nlp, text)) == count, run(nlp, text, ACTORS)
