"""Issue 19: senses of sanction words that are no sanction: 'renforcer les droits' (a right,
not customs duties: contexts.sanction_object names 'douane'), 'un gel des tarifs' (a price
freeze: 'gel' needs contexts.assets). Invented sentences."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

NORWAY = ("Norvège", "Norvège", "country")
SWEDEN = ("Suède", "Suède", "country")
DUPONT = ("Jean Dupont", "Jean Dupont", "person")


def test_rights_strengthened_are_no_sanction(nlp):
    text = "Le gouvernement de la Norvège veut renforcer les droits des femmes au travail."
    assert typed(run(nlp, text, [NORWAY]), "sanction") == []


def test_a_price_freeze_is_no_sanction(nlp):
    text = "Jean Dupont a annoncé mardi un gel des tarifs du gaz et de l'électricité cet hiver."
    assert typed(run(nlp, text, [DUPONT]), "sanction") == []


def test_customs_duties_imposed_stay_a_sanction(nlp):
    text = "La Norvège a imposé mardi des droits de douane punitifs à la Suède."
    assert len(typed(run(nlp, text, [NORWAY, SWEDEN]), "sanction")) == 1


def test_an_assets_freeze_stays_a_sanction(nlp):
    text = "La Norvège a décidé le gel des avoirs de Jean Dupont."
    assert len(typed(run(nlp, text, [NORWAY, DUPONT]), "sanction")) == 1
