"""Extraction output on seeds/ equals the committed snapshot (tests/snapshots/extraction.jsonl).

On a change the test fails with the unified diff of the changed rows; when the change is
intended, `make snapshot` rewrites the file and the diff is reviewed in the commit."""
from __future__ import annotations

import difflib

from extraction_snapshot import SNAPSHOT, current_lines


def snapshot_diff(expected: list[str], current: list[str]) -> str:
    return "\n".join(difflib.unified_diff(expected, current, "snapshot", "current",
                                          n=1, lineterm=""))


def test_extraction_matches_snapshot():
    expected = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    current = current_lines()
    diff = snapshot_diff(expected, current)
    assert not diff, ("extraction output on seeds/ differs from tests/snapshots/extraction.jsonl "
                      "(`make snapshot` to accept the change):\n" + diff)


def test_diff_names_the_changed_row():
    rows = ['{"kind": "actor", "surface": "Séoul"}', '{"kind": "figure", "value": 3.0}']
    changed = [rows[0], '{"kind": "figure", "value": 4.0}']
    diff = snapshot_diff(rows, changed)
    assert '-{"kind": "figure", "value": 3.0}' in diff
    assert '+{"kind": "figure", "value": 4.0}' in diff
    assert snapshot_diff(rows, rows) == ""
