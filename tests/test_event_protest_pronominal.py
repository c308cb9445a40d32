"""Issue 19: a protest verb used pronominally is no protest (type option not_pronominal): 'se
manifester' is to come forward or to show itself ('deux candidats se sont manifestés', 'le
phénomène se manifeste en hiver', 'les attentes se sont manifestées'), as 'se défiler' is to
shirk; the reflexive entries ('se rassembler', 'se mobiliser') keep their own rules. Invented
sentences."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

DUPONT = ("Jean Dupont", "Jean Dupont", "person")
MARTIN = ("Claire Martin", "Claire Martin", "person")
NORWAY = ("Norvège", "Norvège", "country")


def test_candidates_who_came_forward_did_not_protest(nlp):
    text = "Sur les six candidats, seulement deux, Jean Dupont et Claire Martin, se sont manifestés."
    assert typed(run(nlp, text, [DUPONT, MARTIN]), "protest") == []


def test_a_phenomenon_that_shows_itself_is_no_protest(nlp):
    text = ("Il souligne que ce phénomène rare, qui se manifeste surtout dans l'ouest de la Norvège, "
            "est observé depuis dix ans.")
    assert typed(run(nlp, text, [DUPONT, NORWAY]), "protest") == []


def test_people_who_demonstrated_stay_a_protest(nlp):
    text = "Des milliers de personnes ont manifesté samedi en Norvège contre la réforme des retraites."
    assert len(typed(run(nlp, text, [NORWAY]), "protest")) == 1


def test_people_who_gathered_stay_a_protest(nlp):
    text = "Des milliers de manifestants se sont rassemblés samedi en Norvège contre la réforme."
    assert len(typed(run(nlp, text, [NORWAY]), "protest")) == 1
