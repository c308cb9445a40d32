"""A name only in a slogan chanted or written by protesters takes no part in the protest
(events/protest_slogan.py, one hook in gathering.gathered_actors). French sentences written for
these tests; protesters named outside the slogan stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Avenir", "Avenir", "organization"),
          ("Norvège", "Norvège", "country"), ("Banque Orion", "Banque Orion", "organization"),
          ("syndicat Sud-Rail", "Sud-Rail", "organization")]


def events(nlp, text):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == "protest"]


def names(event):
    return {a.canonical_name for a in event.actors}


def test_word_chanted_after_the_verb_is_no_protester(nlp):
    found = events(nlp, "Intro. Le cortège a défilé samedi à Lyon en scandant « Avenir ! ».")
    assert not any("Avenir" in names(e) for e in found)


def test_quotations_before_a_verb_of_chanting_are_no_protesters(nlp):
    found = events(nlp, "Intro. « Avenir » (« demain » en latin), « Norvège », criaient des manifestants "
                        "défilant devant le port.")
    assert not any(names(e) & {"Avenir", "Norvège"} for e in found)


def test_whom_a_banner_names_is_no_protester(nlp):
    found = events(nlp, "Intro. Les grévistes ont manifesté devant le siège avec une banderole « Banque "
                        "Orion, rends l'argent ».")
    assert not any("Banque Orion" in names(e) for e in found)


def test_protester_named_beside_a_slogan_stays(nlp):
    found = events(nlp, "Intro. Le syndicat Sud-Rail a manifesté mardi à Lyon en scandant « Avenir ! ».")
    assert found and "Sud-Rail" in names(found[0]) and "Avenir" not in names(found[0])


def test_quoted_name_of_an_organiser_stays(nlp):
    found = events(nlp, "Intro. Des centaines de militants ont manifesté à l'appel du collectif « Avenir » "
                        "devant la mairie.")
    assert found and "Avenir" in names(found[0])
