"""Trips whose only actor is a place the parser splits into words hung apart ("en
Nouvelle - Zélande": events/gathering.only_places reads each mention once, at its first word),
on French sentences written for these tests: the rule loses its false event and keeps the
trips of a named or resolved traveller."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


AUTRICHE = [("Autriche", "Autriche", "country")]
ZELANDE = [("Nouvelle-Zélande", "Nouvelle-Zélande", "country")]
MARTIN = [("Paul Martin", "Paul Martin", "person")]


def test_a_trip_to_a_split_hyphenated_country_is_no_meeting(nlp):
    text = "Intro. Le long voyage en Nouvelle-Zélande a coûté moins cher que prévu."
    assert meetings(nlp, text, ZELANDE) == []


def test_a_visit_to_a_split_hyphenated_country_is_no_meeting(nlp):
    text = "Intro. Une visite en Nouvelle-Zélande est prévue pour le mois de mars."
    assert meetings(nlp, text, ZELANDE) == []


def test_a_named_traveller_to_a_country_stays(nlp):
    text = "Intro. Paul Martin s'est rendu en Autriche la semaine dernière."
    assert meetings(nlp, text, MARTIN + AUTRICHE)


def test_a_resolved_pronoun_traveller_stays(nlp):
    text = ("Intro. Le ministre Paul Martin a quitté Paris lundi. Il s'est rendu en Autriche mardi pour "
            "y rencontrer des élus.")
    assert "Paul Martin" in {a.canonical_name for e in meetings(nlp, text, MARTIN + AUTRICHE) for a in e.actors}


def test_a_possessed_trip_of_a_named_traveller_stays(nlp):
    text = "Intro. Le ministre Paul Martin prépare son sixième déplacement en Autriche."
    assert meetings(nlp, text, MARTIN + AUTRICHE)
