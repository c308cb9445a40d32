"""Legal actions and attacks (events/legal.py), on French sentences written for these tests: an
attack in words, "interpeller" as questioning in a chamber, "faire le procès de" as an idiom of
speech are no events; who reports an inquiry or an arrest and the victim of a crime take no part
in a legal action; the real ones stay, with their parties."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Radio Nord", "Radio Nord", "organization"), ("Serbie", "Serbie", "country"),
          ("Croatie", "Croatie", "country")]


def events(nlp, text, event_type):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == event_type]


def names(event):
    return {a.canonical_name for a in event.actors}


def test_attack_in_words_on_a_person_is_no_event(nlp):
    assert not events(nlp, "Intro. Paul Martin, qui critique l'Otan, a vivement attaqué son homologue "
                           "Claire Dupont pour ses propos.", "attack")


def test_armed_attack_on_a_country_stays(nlp):
    assert events(nlp, "Intro. Paul Martin, qui critique l'Otan, a rappelé que les troupes de la Serbie "
                       "ont attaqué la Croatie en 1991.", "attack")


def test_questioned_in_a_chamber_is_no_arrest(nlp):
    assert not events(nlp, "Intro. Le ministre de la Justice Paul Martin, interpellé au Sénat mardi, a "
                           "défendu la réforme.", "legal_action")


def test_arrest_by_the_police_stays(nlp):
    found = events(nlp, "Intro. Paul Martin a été interpellé mardi par la police à Lyon.", "legal_action")
    assert found and "Paul Martin" in names(found[0])


def test_trial_in_words_is_no_event(nlp):
    assert not events(nlp, "Intro. Invitée sur un plateau, Claire Dupont en a profité pour faire le procès "
                           "des médias et de la justice.", "legal_action")


def test_trial_stays(nlp):
    found = events(nlp, "Intro. Le procès de Paul Martin pour fraude s'est ouvert lundi devant le tribunal.",
                   "legal_action")
    assert found and "Paul Martin" in names(found[0])


def test_who_reports_an_inquiry_takes_no_part(nlp):
    found = events(nlp, "Intro. Claire Dupont, porte-parole de l'association, a indiqué à Radio Nord "
                        "qu'une enquête judiciaire est en cours.", "legal_action")
    assert not any(names(e) & {"Claire Dupont", "Radio Nord"} for e in found)


def test_who_says_she_opened_an_inquiry_takes_part(nlp):
    found = events(nlp, "Intro. La juge Claire Dupont dit avoir ouvert une enquête judiciaire sur la fraude.",
                   "legal_action")
    assert found and "Claire Dupont" in names(found[0])


def test_victim_of_the_crime_takes_no_part_in_the_charge(nlp):
    found = events(nlp, "Intro. Après l'agression de Paul Martin à Lyon, trois hommes ont été mis en examen "
                        "pour tentative de meurtre.", "legal_action")
    assert not any("Paul Martin" in names(e) for e in found)


def test_the_accused_of_a_crime_takes_part_in_the_charge(nlp):
    found = events(nlp, "Intro. Claire Dupont a été mise en examen pour l'agression de Paul Martin.",
                   "legal_action")
    assert found and "Claire Dupont" in names(found[0])


def test_release_in_place_of_which_something_else_happened_is_no_event(nlp):
    found = events(nlp, "Intro. Au lieu d'une libération, Paul Martin a été transféré dans une autre prison.",
                   "legal_action")
    assert not any(e.trigger.startswith("libération") for e in found)


def test_release_stays(nlp):
    found = events(nlp, "Intro. La libération de Paul Martin a eu lieu lundi à Lyon.", "legal_action")
    assert found and "Paul Martin" in names(found[0])


def test_who_tells_of_her_own_arrest_takes_part(nlp):
    found = events(nlp, "Intro. Claire Dupont affirme que la police l'a arrêtée mardi à Lyon.", "legal_action")
    assert found and "Claire Dupont" in names(found[0])
