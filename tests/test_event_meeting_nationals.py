"""A meeting, visit or trip is a state's only through its bodies and offices or its people
named as a whole, not through some of its private nationals or the press's own people (issue
19; events/bystanders.py, data/bystanders.json nationals_types): sentences written for these
tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(events):
    return [{a.canonical_name for a in e.actors} for e in events if e.event_type == "meeting"]


def test_some_nationals_who_meet_are_not_their_state(nlp):
    events = run(nlp, "Deux Syriens ont rencontré mardi le maire de Lyon, Jean Dupont.",
                 [("Syriens", "Syrie", "country"), ("Jean Dupont", "Jean Dupont", "person")])
    found = meetings(events)
    assert found and not [m for m in found if "Syrie" in m]


def test_tourists_of_the_press_own_people_are_not_the_state(nlp):
    events = run(nlp, "Six touristes Français qui visitaient la vallée ont été blessés jeudi.",
                 [("Français", "France", "country")])
    assert not [m for m in meetings(events) if "France" in m]


def test_the_press_own_people_met_are_not_the_state(nlp):
    events = run(nlp, "Le président Jean Dupont a rencontré mardi les Français à Amiens.",
                 [("Jean Dupont", "Jean Dupont", "person"), ("Français", "France", "country")])
    found = meetings(events)
    assert found and not [m for m in found if "France" in m]


def test_peoples_named_as_a_whole_still_negotiate(nlp):
    events = run(nlp, "Les Américains et les Iraniens ont négocié mardi à Genève.",
                 [("Américains", "États-Unis", "country"), ("Iraniens", "Iran", "country")])
    assert [m for m in meetings(events) if {"États-Unis", "Iran"} <= m]


def test_nationality_adjective_of_a_minister_still_names_the_state(nlp):
    events = run(nlp, "Le ministre syrien a rencontré mardi le maire de Lyon, Jean Dupont.",
                 [("syrien", "Syrie", "country"), ("Jean Dupont", "Jean Dupont", "person")])
    assert [m for m in meetings(events) if "Syrie" in m]


def test_the_office_of_a_people_still_names_the_state(nlp):
    events = run(nlp, "Le roi des Belges s'est rendu mardi aux Pays-Bas pour rencontrer le Premier ministre.",
                 [("Belges", "Belgique", "country"), ("Pays-Bas", "Pays-Bas", "country")])
    assert [m for m in meetings(events) if "Belgique" in m]
