"""Whose time in office dates a legal action takes no part in it (events/period.py): "sous X",
"sous le mandat de X". French sentences written for these tests; the parties stay, and so does
a judge who presides a court."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Jacques Morel", "Jacques Morel", "person")]


def events(nlp, text):
    return typed(run(nlp, text, PEOPLE), "legal_action")


def test_the_ruler_after_sous_takes_no_part(nlp):
    found = events(nlp, "Intro. Ancien ministre sous Jacques Morel, il avait été condamné pour corruption "
                        "en 2001.")
    assert not any("Jacques Morel" in names(e) for e in found)


def test_the_ruler_of_a_term_of_office_takes_no_part(nlp):
    found = events(nlp, "Intro. Paul Martin a été arrêté en 1985 sous le mandat de Jacques Morel.")
    assert found and "Paul Martin" in names(found[0]) and "Jacques Morel" not in names(found[0])


def test_the_judge_presiding_the_court_stays(nlp):
    found = events(nlp, "Intro. Paul Martin a été condamné mardi par le tribunal, sous la présidence de "
                        "la juge Claire Dupont.")
    assert found and "Paul Martin" in names(found[0])
