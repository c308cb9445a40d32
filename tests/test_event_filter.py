"""The trained event filter of issue 19 (newsledger/extract/events/filter.py): off by default."""
from __future__ import annotations

import math

from newsledger.extract.events import filter as event_filter
from test_events import nlp  # noqa: F401  (the session pipeline fixture)


def test_off_by_default(monkeypatch):
    monkeypatch.delenv("NEWSLEDGER_EVENT_FILTER", raising=False)
    assert event_filter.setting() is None
    events = [object(), object()]
    assert event_filter.apply(None, events, []) is events
    monkeypatch.setenv("NEWSLEDGER_EVENT_FILTER", "off")
    assert event_filter.setting() is None


def test_switch_and_weights(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_FILTER", "on")
    weights, threshold = event_filter.setting()
    assert threshold == weights["threshold"] and weights["weights"]
    monkeypatch.setenv("NEWSLEDGER_EVENT_FILTER", "0.4")
    assert event_filter.setting()[1] == 0.4
    assert math.isclose(event_filter.score(weights, []), 1 / (1 + math.exp(-weights["bias"])))


TEXT = "Intro. Le président de la Syldavie a condamné mardi les essais de missiles de la Bordurie."
ACTORS = [("Syldavie", "Syldavie", "country"), ("Bordurie", "Bordurie", "country")]


def test_switched_on_it_scores_the_rules_events_and_drops_those_below_its_threshold(
        nlp, monkeypatch, tmp_path):
    import json

    from test_events import run

    monkeypatch.delenv("NEWSLEDGER_EVENT_FILTER", raising=False)
    found = run(nlp, TEXT, ACTORS)
    assert found
    doc = nlp(TEXT)
    cues = event_filter.features(doc, found[0], [], 1)
    assert f"type={found[0].event_type}" in cues and any(c.startswith("lemma=") for c in cues)
    for bias, kept in ((-50.0, 0), (50.0, len(found))):
        weights = tmp_path / f"w{bias}.json"
        weights.write_text(json.dumps({"bias": bias, "threshold": 0.5, "weights": {}}), encoding="utf-8")
        monkeypatch.setenv("NEWSLEDGER_EVENT_FILTER", str(weights))
        assert len(run(nlp, TEXT, ACTORS)) == kept
