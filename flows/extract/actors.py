"""Actor mentions (STUB: to be replaced by the actors implementation)."""
from __future__ import annotations


def configure_pipeline(nlp) -> None:
    """Add gazetteer patterns (EntityRuler) to the pipeline. Called once by nlp.get_nlp()."""


def extract_actors(doc, sentences):
    return []
