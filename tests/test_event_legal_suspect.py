"""Legal actions: names in what someone is suspected of take no part, and legal actions only
promised or put off are none (events/legal_suspect.py). French sentences written for these
tests."""
from __future__ import annotations

from test_event_legal_crowd import events  # the same people and legal-action filter
from test_events import names, nlp  # noqa: F401  (the session pipeline fixture)


# ---- suspected of ----

def test_the_group_a_suspect_is_said_to_belong_to_takes_no_part(nlp):
    found = events(nlp, "Intro. La police a évité le pire grâce à l'arrestation d'un homme soupçonné "
                        "d'appartenir à Solvexa.")
    assert not any("Solvexa" in names(e) for e in found)


def test_whom_a_charged_person_is_accused_of_paying_takes_no_part(nlp):
    found = events(nlp, "Intro. Accusé d'avoir versé de l'argent à Claire Dupont, Paul Martin a été mis en "
                        "examen mardi.")
    assert found and "Paul Martin" in names(found[0]) and "Claire Dupont" not in names(found[0])


def test_the_state_an_offence_is_against_stays(nlp):
    found = events(nlp, "Intro. Accusé d'avoir espionné la Serbie, Paul Martin a été condamné mardi.")
    assert found and {"Paul Martin", "Serbie"} <= names(found[0])


def test_the_authority_in_a_suspicion_stays(nlp):
    found = events(nlp, "Intro. Paul Martin a été arrêté par la police de Lyon, qui le soupçonne de fraude.")
    assert found and {"Paul Martin", "police de Lyon"} <= names(found[0])


# ---- promised or put off ----

def test_a_release_only_promised_is_none(nlp):
    assert events(nlp, "Intro. Claire Dupont a promis la libération des prisonniers politiques.") == []


def test_a_release_put_off_is_none(nlp):
    assert events(nlp, "Intro. La libération de Paul Martin par la Serbie a été reportée.") == []


def test_a_release_carried_out_stays(nlp):
    found = events(nlp, "Intro. La libération de Paul Martin par la Serbie a eu lieu mardi.")
    assert found and "Paul Martin" in names(found[0])


def test_a_trial_put_off_once_but_held_stays(nlp):
    found = events(nlp, "Intro. Le procès de Paul Martin, reporté deux fois, s'est ouvert lundi.")
    assert found and "Paul Martin" in names(found[0])


def test_a_trial_put_off_to_a_new_date_stays(nlp):
    found = events(nlp, "Intro. Le procès de Paul Martin a été reporté au 24 mai par le tribunal.")
    assert found and "Paul Martin" in names(found[0])
