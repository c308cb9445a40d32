"""Issue 19: 'voler au secours de X' is to rush to X's defence, in words as often as in deeds
(contexts.rush_to_defend): no aid operation. A rescue stays. Invented sentences."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

DUPONT = ("Jean Dupont", "Jean Dupont", "person")
DURAND = ("Marie Durand", "Marie Durand", "person")
NORWAY = ("Norvège", "Norvège", "country")


def test_rushing_to_a_politicians_defence_is_no_aid(nlp):
    text = "Marie Durand a volé au secours de Jean Dupont, assurant qu'il avait agi avec honnêteté."
    assert typed(run(nlp, text, [DUPONT, DURAND]), "aid") == []


def test_a_rescue_at_sea_stays_aid(nlp):
    text = "Les secours de la Norvège ont mené mardi le sauvetage de quarante migrants en mer."
    assert len(typed(run(nlp, text, [NORWAY]), "aid")) == 1
