"""The trained event filter of issue 19 (newsledger/extract/events/filter.py): off by default."""
from __future__ import annotations

import math

from newsledger.extract.events import filter as event_filter


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
