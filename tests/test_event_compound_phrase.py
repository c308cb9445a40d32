"""A lexicon phrase whose last word begins a longer phrase of another type is part of that
compound noun (events/triggers.heads_longer_phrase), on French sentences written for these
tests: "une mise en garde à vue" is a placement in police custody, no warning; "une mise en
garde" alone is still a warning."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = [("Paul Martin", "Paul Martin", "person")]
RUSSIA = [("Russie", "Russie", "country")]


def statements(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "statement"]


def test_custody_is_no_warning(nlp):
    text = "Paul Martin a fait l'objet d'une mise en garde à vue mardi, a indiqué le parquet."
    assert not statements(nlp, text, MARTIN)


def test_a_warning_stays_a_warning(nlp):
    text = "Paul Martin a adressé mardi une mise en garde à la Russie contre toute escalade."
    found = statements(nlp, text, MARTIN + RUSSIA)
    assert found and found[0].statement_kind == "threaten"
