"""The trigger lexicon loader (newsledger.extract.events.lexicon) accepts only the option
names the rules read, and says which option of which trigger it rejects."""
from __future__ import annotations

import json

import pytest

from newsledger.extract.events.lexicon import (LEXICON_PATH, TRIGGER_OPTIONS, TYPE_OPTIONS,
                                                LexiconError, load_lexicon)


def shipped() -> dict:
    return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))


def write(tmp_path, data: dict):
    path = tmp_path / "event_triggers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_shipped_lexicon_uses_known_options_only():
    data = shipped()
    used = set()
    for entry in data["types"].values():
        assert set(entry.get("options", {})) <= TYPE_OPTIONS
        for table in ("verbs", "nouns"):
            for options in entry.get(table, {}).values():
                used |= set(options)
        for phrase in entry.get("phrases", []):
            used |= set(phrase.get("options", {}))
    assert used <= TRIGGER_OPTIONS
    assert "no_passive_person" not in used
    assert load_lexicon().verbs["condamner"][0].options == {"no_sentence": True, "pos": "verbs"}


def test_unknown_trigger_option_is_rejected_with_its_name_and_trigger(tmp_path):
    data = shipped()
    data["types"]["statement"]["verbs"]["condamner"]["no_passive_person"] = True
    with pytest.raises(LexiconError, match=r"'no_passive_person' of trigger 'condamner' \(statement, verbs\)"):
        load_lexicon(write(tmp_path, data))


def test_unknown_option_of_a_phrase_or_an_event_type_is_rejected(tmp_path):
    data = shipped()
    data["types"]["meeting"]["phrases"] = [{"words": ["tenir", "réunion"], "options": {"contxt": "x"}}]
    with pytest.raises(LexiconError, match=r"'contxt' of trigger 'tenir réunion' \(meeting, phrases\)"):
        load_lexicon(write(tmp_path, data))
    data = shipped()
    data["types"]["meeting"]["options"] = {"merge_by_pair": True}
    with pytest.raises(LexiconError, match=r"'merge_by_pair' of event type 'meeting'"):
        load_lexicon(write(tmp_path, data))


def test_known_options_load(tmp_path):
    data = shipped()
    data["types"]["meeting"].setdefault("verbs", {})["rencontrer"] = {"reciprocal": True, "confidence": 0.7}
    lex = load_lexicon(write(tmp_path, data))
    assert any(r.options.get("reciprocal") for r in lex.verbs["rencontrer"])
