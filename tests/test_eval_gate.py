"""The quality gate (`make eval`): the dev set's F1 (actors, figures, events, and each event
type with at least 3 gold events) may not fall more than 0.02 below the floors committed in
tests/eval_floors.json. The real run extracts the 30 dev texts once with the process's
pipeline and scores them with ../shared/eval/score.py."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import require_shared

ROOT = Path(__file__).resolve().parents[1]
FLOORS = Path(__file__).with_name("eval_floors.json")


def devscore():
    spec = importlib.util.spec_from_file_location("devscore", ROOT / "scripts/devscore.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def totals(events_f1=0.8, statement=(40, 5, 4)):
    tp, fp, fn = statement
    return {"actors": {"f1": 0.9}, "figures": {"f1": 0.95}, "events": {"f1": events_f1},
            "events_by_type": {"statement": {"f1": 2 * tp / (2 * tp + fp + fn), "tp": tp, "fp": fp, "fn": fn},
                               "aid": {"f1": 0.0, "tp": 0, "fp": 1, "fn": 2}}}


def test_gate_flags_only_what_falls_more_than_the_margin_below_its_floor():
    ds = devscore()
    floors = {"actors": 0.9, "figures": 0.95, "events": 0.8, "events.statement": 0.88}
    assert ds.below_floors(totals(events_f1=0.785), floors) == []          # 0.015 below: kept
    failed = ds.below_floors(totals(events_f1=0.775), floors)              # 0.025 below
    assert len(failed) == 1 and failed[0].startswith("events:")
    # a type with fewer than 3 gold events is not watched; a watched one that vanished is 0
    assert "events.aid" not in ds.scores_of(totals())
    assert ds.below_floors(totals(), {"events.protest": 0.5}) == ["events.protest: F1 0.000 < floor 0.500 - 0.02"]


def test_floors_file_names_every_watched_score():
    floors = json.loads(FLOORS.read_text())["floors"]
    assert {"actors", "figures", "events"} <= set(floors)
    assert all(0.0 < v <= 1.0 for v in floors.values())


def test_dev_set_holds_its_floors(tmp_path):
    require_shared("eval", "gold")
    from newsledger.extract.nlp import get_nlp

    ds = devscore()
    paths, gold = ds.sets("dev")
    ds.extract_to_db(paths, tmp_path / "dev.duckdb", get_nlp())
    _, got = ds.score(tmp_path / "dev.duckdb", gold)
    floors = json.loads(FLOORS.read_text())["floors"]
    assert ds.below_floors(got, floors) == [], ds.scores_of(got)
