"""A protest that only dates or frames another happening lists none of that happening's actors
(events/protest_landmark.py, data/gathering.json landmark_during, landmark_apart), on French
sentences written for these tests: each rule loses its false protester and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def protests(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "protest"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


DURAND = [("Paul Durand", "Paul Durand", "person")]
LENOIR = [("Marc Lenoir", "Marc Lenoir", "person")]
MATIGNON = [("Matignon", "Matignon", "organization")]
CGT = [("CGT", "CGT", "organization")]
VERTS = [("Parti vert", "Parti vert", "organization")]
ITALIE = [("Italie", "Italie", "country")]


def test_who_acts_beside_a_protest_that_dates_it_takes_no_part(nlp):
    text = "Intro. À la veille de la journée de mobilisation contre la réforme, Paul Durand a reçu les patrons à Matignon."
    assert not protests(nlp, text, DURAND + MATIGNON)
    text = "Intro. Après trois semaines de grève, le ministre Paul Durand a reçu les syndicats."
    assert not protests(nlp, text, DURAND)


def test_the_doer_of_another_noun_during_a_protest_takes_no_part(nlp):
    text = "Intro. La presse a révélé les agissements de Marc Lenoir durant les manifestations du 1er mai."
    assert "Marc Lenoir" not in names(protests(nlp, text, LENOIR))


def test_the_subject_acting_during_the_protest_and_its_own_names_stay(nlp):
    text = "Intro. Les élus du Parti vert ont pris la parole lors de la manifestation contre la réforme à Lyon."
    assert "Parti vert" in names(protests(nlp, text, VERTS))
    text = "Intro. Lors de la manifestation de la CGT à Lyon, Paul Durand a été interpellé par un journaliste."
    assert "CGT" in names(protests(nlp, text, CGT + DURAND))


def test_a_country_stays_as_where_the_protest_is_held(nlp):
    text = "Intro. Paul Durand a été blessé au lendemain des manifestations en Italie."
    found = names(protests(nlp, text, DURAND + ITALIE))
    assert "Italie" in found and "Paul Durand" not in found
