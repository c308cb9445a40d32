"""Imported once by the fork server of the extraction workers (orchestration.workers), before
it forks any: it loads the spaCy pipeline there, so that every worker starts with it. Should
the load fail, the fork server still starts and each worker loads the model itself on its
first task (where the error then shows). `LOADED` says which happened.

It also reads the lemmatizer's word tables that the actors' filters consult
(`model.lemmatizer_tables`, read on first use): read here once, instead of once in every
worker on its first article (0.7 s of CPU each)."""
from __future__ import annotations

LOADED = False

try:
    from newsledger.extract import article  # noqa: F401  (the extraction's own modules)
    from newsledger.extract.model import lemmatizer_tables
    from newsledger.extract.nlp import get_nlp

    get_nlp()
    lemmatizer_tables()
    LOADED = True
except Exception:  # noqa: BLE001
    pass
