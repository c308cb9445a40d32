"""Meetings told in a sense or mood by which no actor meets, and institutions named only as the
place of a meeting (events/meeting_scope.py, data/gathering.json), on French sentences written
for these tests: each rule loses its false event (or actor) and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
HUGO = [("Victor Hugo", "Victor Hugo", "person")]
MAIRIE = [("mairie de Lille", "mairie de Lille", "organization")]
CONSEIL = [("Conseil de sécurité", "Conseil de sécurité", "organization")]


def test_an_object_clitic_is_no_reflexive(nlp):
    text = "Intro. « C'est une cause qui nous réunit tous », a reconnu Paul Martin, ministre de la Santé."
    assert not meetings(nlp, text, MARTIN)


def test_a_reflexive_of_the_subject_stays_a_meeting(nlp):
    text = "Intro. « Nous nous réunissons demain avec Paul Martin à Lille », a annoncé Claire Dupont."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_a_meeting_the_speaker_would_have_is_imagined(nlp):
    text = "Intro. « S'il était encore en vie, je rencontrerais Victor Hugo », a dit Paul Martin."
    assert not meetings(nlp, text, MARTIN + HUGO)


def test_a_reported_meeting_in_the_conditional_stays(nlp):
    text = "Intro. Paul Martin rencontrerait Claire Dupont mardi prochain à Lille, selon son entourage."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_an_institution_named_as_the_place_takes_no_part(nlp):
    text = "Intro. Jeudi, des bénévoles ont reçu la visite surprise du maire près de la mairie de Lille."
    assert "mairie de Lille" not in names(meetings(nlp, text, MAIRIE))
    text = "Intro. Paul Martin s'est entretenu avec Claire Dupont à la mairie de Lille mardi."
    found = meetings(nlp, text, MARTIN + DUPONT + MAIRIE)
    assert found and "mairie de Lille" not in names(found)
    assert {"Paul Martin", "Claire Dupont"} <= names(found)


def test_a_body_meeting_in_session_stays(nlp):
    text = "Intro. Une discussion a eu lieu vendredi au Conseil de sécurité, à huis clos."
    assert "Conseil de sécurité" in names(meetings(nlp, text, CONSEIL))


def test_who_invites_to_a_meeting_is_no_place(nlp):
    text = "Intro. Paul Martin a discuté mardi avec Claire Dupont à l'invitation de la mairie de Lille."
    assert "mairie de Lille" in names(meetings(nlp, text, MARTIN + DUPONT + MAIRIE))
