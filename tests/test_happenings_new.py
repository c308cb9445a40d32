"""scripts/happenings_new.py: the happenings a change of the linking rule forms or grows, and
its seeded draw (pure functions; the warehouses it reads are relinked copies)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def script():
    spec = importlib.util.spec_from_file_location("happenings_new", ROOT / "scripts/happenings_new.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_new_and_grown_happenings_are_listed_unchanged_ones_are_not():
    s = script()
    old = {"h1": ["a", "b"], "h2": ["c"], "h3": ["d", "e"]}
    new = {"h1": ["a", "b", "c"],   # grown: c was apart
           "h3": ["d", "e"],        # unchanged
           "h4": ["f", "g"],        # new: f and g were not linked at all
           "h5": ["x"]}             # one report: never listed
    assert s.new_or_grown(old, new) == ["h1", "h4"]


def test_a_happening_renamed_with_the_same_reports_is_not_new():
    s = script()
    assert s.new_or_grown({"h1": ["a", "b"]}, {"h9": ["a", "b"]}) == []


def test_the_draw_is_seeded():
    s = script()
    ids = [f"h{i}" for i in range(50)]
    assert s.draw(ids, 10, "7") == s.draw(list(reversed(ids)), 10, "7")
    assert len(s.draw(ids, 10, "7")) == 10
    assert s.draw(ids, 10, "7") != s.draw(ids, 10, "8")
