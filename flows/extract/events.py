"""Events (STUB: to be replaced by the trigger-lexicon implementation)."""
from __future__ import annotations


def extract_events(doc, sentences, mentions, published_at=None):
    return []
