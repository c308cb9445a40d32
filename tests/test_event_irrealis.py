"""Happenings called off, avoided, imagined, hoped for in a "que" clause, named by a bare
infinitive, or supposed under a conditional judgement are no events (events/reference.py), on
French sentences written for these tests; the told ones stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]
STATES = [("Serbie", "Serbie", "country"), ("Croatie", "Croatie", "country")]


def types_of(nlp, text, actors):
    return [e.event_type for e in run(nlp, text, actors)]


def test_called_off_or_avoided_happening_is_no_event(nlp):
    assert "meeting" not in types_of(nlp, "Intro. Paul Martin annule sa rencontre avec Claire Dupont.", MARTIN)
    assert "attack" not in types_of(nlp, "Intro. Depuis 2010, la Serbie et la Croatie ont évité une "
                                         "nouvelle guerre.", STATES)
    assert "attack" not in types_of(nlp, "Intro. La Serbie a évité d'attaquer la Croatie cet hiver.", STATES)


def test_protest_called_off_is_no_event_a_court_annulling_a_vote_is_still_told(nlp):
    assert "protest" not in types_of(nlp, "Intro. La marche de Paul Martin contre la réforme a été annulée "
                                          "par la préfecture.", MARTIN)
    assert "protest" in types_of(nlp, "Intro. Paul Martin a manifesté contre la réforme samedi à Paris.", MARTIN)
    assert "election" in types_of(nlp, "Intro. Le tribunal a annulé l'élection de Paul Martin à la mairie "
                                       "de Lyon.", MARTIN)


def test_happening_not_avoided_or_told_stays(nlp):
    assert "meeting" in types_of(nlp, "Intro. Paul Martin a rencontré Claire Dupont lundi à Paris.", MARTIN)
    assert "meeting" in types_of(nlp, "Intro. Paul Martin a manqué la réunion de Claire Dupont avec les "
                                      "syndicats à Paris.", MARTIN)
    assert "attack" in types_of(nlp, "Intro. La Serbie a lancé une offensive contre la Croatie pour éviter "
                                     "la défaite.", STATES)


def test_imagined_or_hoped_for_happening_is_no_event(nlp):
    assert "legal_action" not in types_of(nlp, "Intro. « Qui imagine Paul Martin mis en examen ? », a lancé "
                                               "Claire Dupont.", MARTIN)
    assert "attack" not in types_of(nlp, "Intro. La Serbie masse ses troupes dans l'espoir que la Croatie "
                                         "attaque la première.", STATES)


def test_hoped_in_a_relative_clause_stays(nlp):
    assert "legal_action" in types_of(nlp, "Intro. Paul Martin a été mis en examen mardi à Paris.", MARTIN)


def test_bare_infinitive_subject_is_no_event(nlp):
    assert "election" not in types_of(nlp, "Intro. Organiser un référendum avec Claire Dupont serait une erreur.",
                                      MARTIN)
    assert "election" in types_of(nlp, "Intro. Paul Martin a organisé un référendum le même jour.", MARTIN)


def test_supposed_subject_of_a_conditional_judgement_is_no_event(nlp):
    assert "sanction" not in types_of(nlp, "Intro. Les députés ont jugé que des sanctions de la Serbie contre la "
                                           "Croatie seraient une erreur.", STATES)
    assert "attack" not in types_of(nlp, "Intro. Une guerre entre la Serbie et la Croatie serait une catastrophe, a "
                                         "dit Paul Martin.", STATES + MARTIN)
    assert "sanction" in types_of(nlp, "Intro. La Serbie a imposé des sanctions à la Croatie lundi.", STATES)
