"""A happening made to depend on a condition ("conditionner", "subordonner" X à Y: contexts.irrealis)
is promised, not done; on French sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Laos", "Laos", "country"), ("Pérou", "Pérou", "country")]


def test_an_aid_made_conditional_is_no_aid(nlp):
    text = "Intro. Le Laos a conditionné son aide financière au Pérou à des réformes."
    assert typed(run(nlp, text, ACTORS), "aid") == []
    text = "Intro. Le Laos a subordonné son aide humanitaire au Pérou à un cessez-le-feu."
    assert typed(run(nlp, text, ACTORS), "aid") == []


def test_an_aid_granted_is_kept(nlp):
    text = "Intro. Le Laos a accordé une aide humanitaire au Pérou après les inondations."
    assert typed(run(nlp, text, ACTORS), "aid")
