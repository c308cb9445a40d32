"""Happenings only hoped or wished through a noun's "que" clause in the subjunctive, the future
or the conditional, whatever the parser's label for "que" (events/hoped.py,
events/reference.py), on French sentences written for these tests; the told ones stay."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

STATES = [("Serbie", "Serbie", "country"), ("Croatie", "Croatie", "country")]


def test_agreement_in_a_hope_clause_is_no_event(nlp):
    # "qu'on aboutisse": the parser reads a relative "que", the tagger an indicative
    assert not triggers(nlp, "Intro. Le ministre de la Serbie dit son bon espoir qu'on aboutisse à un "
                             "accord avec la Croatie.", STATES, "agreement")


def test_agreement_in_a_wish_clause_in_the_future_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Le ministre de la Serbie a exprimé l'espoir que la Croatie signera "
                             "un accord avec la Serbie.", STATES, "agreement")


def test_agreement_told_in_a_noun_clause_stays(nlp):
    assert triggers(nlp, "Intro. Le ministre de la Serbie a salué le fait que la Croatie a signé un accord "
                         "avec la Serbie.", STATES, "agreement")


def test_agreement_announced_stays(nlp):
    assert triggers(nlp, "Intro. Le ministre de la Serbie a annoncé que la Croatie avait signé un accord "
                         "avec la Serbie.", STATES, "agreement")
