"""Meetings told in another sense or not told as happened (issue 19, branch issue-19-meetsense),
on French sentences written for these tests: each rule loses its false event and keeps a true
one. The sense rules are constraints.has_reflexive (a subject 'nous' is no clitic),
sense.names_a_position (option not_position); the reality rules are
reference.is_misattached_infinitive, is_purpose_of_infinitive, the
mistagged 'falloir' of is_impersonal_infinitive and data/irreality.json's disposition."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
LEROY = [("Jean Leroy", "Jean Leroy", "person")]
G7 = [("G7", "G7", "organization")]
SYNDICAT = [("Union des ouvriers", "Union des ouvriers", "organization")]
BORDURIE = [("Bordurie", "Bordurie", "country"), ("Syldavie", "Syldavie", "country")]


def test_difficulties_we_encounter_are_no_meeting(nlp):
    text = ("Intro. Paul Martin a jugé que c'était « le genre de difficultés que nous rencontrons "
            "chaque hiver dans les hôpitaux ».")
    assert not meetings(nlp, text, MARTIN)


def test_a_person_we_meet_stays_a_meeting(nlp):
    text = "Intro. « Nous rencontrons Claire Dupont demain à Lille », a annoncé Paul Martin."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_the_top_of_a_ranking_is_no_summit(nlp):
    text = "Intro. Le roman de Paul Martin s'est hissé au sommet des ventes en librairie cette semaine."
    assert not meetings(nlp, text, MARTIN)


def test_a_summit_of_a_body_stays(nlp):
    text = "Intro. Paul Martin s'est exprimé mardi au sommet du G7 à Biarritz."
    assert meetings(nlp, text, MARTIN + G7)


def test_the_purpose_of_a_requested_act_is_requested(nlp):
    text = ("Intro. Jean Leroy a demandé à Paul Martin de recevoir une délégation du syndicat pour "
            "s'entretenir de la réforme des retraites.")
    assert not meetings(nlp, text, MARTIN + LEROY)


def test_the_purpose_of_a_trip_that_took_place_stays(nlp):
    text = "Intro. Jean Leroy s'est rendu mardi à Lille pour s'entretenir avec Paul Martin de la réforme."
    assert meetings(nlp, text, MARTIN + LEROY)


def test_an_infinitive_coordinated_under_a_request_is_requested(nlp):
    text = ("Intro. La Syldavie a de nouveau demandé à la Bordurie de retirer ses troupes, entrées "
            "dans la zone en mai, et de s'engager dans une négociation sur la frontière.")
    assert not meetings(nlp, text, BORDURIE)


def test_what_it_will_be_necessary_to_start_is_not_told(nlp):
    text = ("Intro. Claire Dupont estime qu'il \"va falloir amorcer une discussion sur les salaires\" "
            "avec l'Union des ouvriers.")
    assert not meetings(nlp, text, DUPONT + SYNDICAT)


def test_open_to_a_discussion_is_a_disposition(nlp):
    text = "Intro. Le ministre Paul Martin s'est dit \"ouvert à la discussion\" avec l'Union des ouvriers."
    assert not meetings(nlp, text, MARTIN + SYNDICAT)


def test_a_discussion_held_stays(nlp):
    text = "Intro. Le ministre Paul Martin a ouvert mardi la discussion avec l'Union des ouvriers."
    assert meetings(nlp, text, MARTIN + SYNDICAT)
