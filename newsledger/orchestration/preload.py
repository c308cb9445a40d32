"""Imported once by the fork server of the extraction workers (orchestration.workers), before
it forks any: it loads the spaCy pipeline there, so that every worker starts with it. Should
the load fail, the fork server still starts and each worker loads the model itself on its
first task (where the error then shows). `LOADED` says which happened."""
from __future__ import annotations

LOADED = False

try:
    from newsledger.extract import article  # noqa: F401  (the extraction's own modules)
    from newsledger.extract.nlp import get_nlp

    get_nlp()
    LOADED = True
except Exception:  # noqa: BLE001
    pass
