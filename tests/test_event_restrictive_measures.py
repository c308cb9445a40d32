"""Issue 19: 'mesures restrictives' are sanctions only with a word of sanctions, of a sanctioning
body or of the European Union in the sentence; otherwise they are a government's restrictions
on its own public (contexts.sanction_union). Invented sentences."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

NORWAY = ("Norvège", "Norvège", "country")
EU = ("Union européenne", "UE", "organization")
BELARUS = ("Biélorussie", "Biélorussie", "country")


def test_restrictions_eased_by_a_government_are_no_sanction(nlp):
    text = "La Norvège s'apprête à assouplir les mesures restrictives, avec la réouverture des cafés lundi."
    assert typed(run(nlp, text, [NORWAY]), "sanction") == []


def test_restrictive_measures_of_the_union_stay_a_sanction(nlp):
    text = "L'UE a adopté lundi des mesures restrictives contre quarante responsables de la Biélorussie."
    assert len(typed(run(nlp, text, [EU, BELARUS]), "sanction")) == 1
