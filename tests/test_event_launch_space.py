"""The words of spaceflight a launch needs (issue 19, contexts.space): 'espace' ('en l'espace de
trois mois', 'l'espace public') and 'reconnaissance' (gratitude) are no such words. French
sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = [("Paul Martin", "Paul Martin", "person")]
SYLDAVIE = [("Syldavie", "Syldavie", "country")]


def launches(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "launch"]


def test_a_span_of_time_is_no_space(nlp):
    text = "Intro. En l'espace de trois mois, Paul Martin a lancé deux associations dans sa ville."
    assert not launches(nlp, text, MARTIN)


def test_gratitude_is_no_reconnaissance_satellite(nlp):
    text = "Intro. Toute ma reconnaissance à Paul Martin pour le lancement de son association."
    assert not launches(nlp, text, MARTIN)


def test_a_satellite_launch_stays(nlp):
    text = "Intro. La Syldavie a lancé lundi un satellite de reconnaissance depuis sa base du nord."
    assert launches(nlp, text, SYLDAVIE)
