"""A speech noun received, faced or mentioned by the subject of its verb ("X a ignoré les mises
en garde", "X a évoqué les accusations de violences", "X a essuyé des critiques", "la réforme a
suscité des critiques"): the act of speech is someone else's, and the subject is no speaker of
it (data/speech_receipt.json names the verbs and their source)."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.syntax import forms, is_verbal
from newsledger.resources import data_dir

RECEIPT_PATH = data_dir("newsledger.extract") / "speech_receipt.json"
OBJECT_DEPS = ("obj", "nsubj:pass")


@lru_cache(maxsize=1)
def receipt_verbs() -> frozenset[str]:
    return frozenset(json.loads(RECEIPT_PATH.read_text(encoding="utf-8"))["receipt_verbs"])


def received_speech(noun) -> bool:
    """The noun is the direct object (or the passive subject) of a verb of receiving, facing or
    mentioning what was said."""
    verb = noun.head
    return noun.pos_ == "NOUN" and verb.i != noun.i and is_verbal(verb) \
        and noun.dep_ in OBJECT_DEPS and bool(forms(verb) & receipt_verbs())
