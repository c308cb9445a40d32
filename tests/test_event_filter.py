"""The trained event filter of issue 19 (newsledger/extract/events/filter.py): on by default."""
from __future__ import annotations

import math

from newsledger.extract.events import filter as event_filter
from test_events import nlp  # noqa: F401  (the session pipeline fixture)


def test_on_by_default_and_off_when_asked(monkeypatch):
    monkeypatch.delenv("NEWSLEDGER_EVENT_FILTER", raising=False)
    weights, threshold = event_filter.setting()
    assert threshold is None and weights["thresholds"]   # gated by type, at the weights' thresholds
    monkeypatch.setenv("NEWSLEDGER_EVENT_FILTER", "off")
    assert event_filter.setting() is None
    events = [object(), object()]
    assert event_filter.apply(None, events, []) is events


def test_switch_and_weights(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_FILTER", "on")
    weights, threshold = event_filter.setting()
    assert threshold is None and weights["weights"]   # the weights' own thresholds
    monkeypatch.setenv("NEWSLEDGER_EVENT_FILTER", "0.4")
    assert event_filter.setting()[1] == 0.4
    assert math.isclose(event_filter.score(weights, []), 1 / (1 + math.exp(-weights["bias"])))


def test_a_table_of_thresholds_filters_only_the_types_it_lists():
    w = {"bias": 0.0, "threshold": 0.6, "weights": {"type=protest": -5.0, "type=launch": -5.0},
         "thresholds": {"protest": 0.5, "statement": 0.5}}
    assert event_filter.threshold_of(w, "launch") is None and event_filter.keep(w, "launch", ["type=launch"])
    assert event_filter.threshold_of(w, "protest") == 0.5 and not event_filter.keep(w, "protest", ["type=protest"])
    assert event_filter.keep(w, "statement", []) and not event_filter.keep(w, "statement", [], 0.6)
    del w["thresholds"]   # no table: every type at `threshold`
    assert event_filter.threshold_of(w, "launch") == 0.6 and not event_filter.keep(w, "launch", [])


TEXT = "Intro. Le président de la Syldavie a condamné mardi les essais de missiles de la Bordurie."
ACTORS = [("Syldavie", "Syldavie", "country"), ("Bordurie", "Bordurie", "country")]


def test_switched_on_it_scores_the_rules_events_and_drops_those_below_its_threshold(
        nlp, monkeypatch, tmp_path):
    import json

    from test_events import run

    monkeypatch.setenv("NEWSLEDGER_EVENT_FILTER", "off")
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
