"""Figures (STUB: to be replaced by the French quantity grammar)."""
from __future__ import annotations


def extract_figures(text, sentences, doc=None):
    return []
