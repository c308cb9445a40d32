"""Happenings introduced by an indefinite adjunct of a wished infinitive (issue 19, branch
issue-19-wish2), on French sentences written for these tests: reference.irrealis walks on from
a trigger noun under an indefinite article that is an adjunct of an infinitive
(reference.is_indefinite_adjunct_of_infinitive) to the verb that governs that infinitive, so a
wish, a request or a possibility there makes it unreal; a definite or possessive adjunct is
presupposed and stays out of the walk."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, kind):
    return [e for e in run(nlp, text, actors) if e.event_type == kind]


TRUMP_IRAN = [("Donald Trump", "Donald Trump", "person"), ("Iran", "Iran", "country")]
TRUMP_KIM = [("Donald Trump", "Donald Trump", "person"), ("Kim Jong Un", "Kim Jong Un", "person")]


def test_an_agreement_in_an_adjunct_of_a_wished_infinitive_is_not_concluded(nlp):
    text = "Donald Trump a précisé qu'il souhaitait travailler avec ses alliés à un nouvel accord avec l'Iran."
    assert not of_type(nlp, text, TRUMP_IRAN, "agreement")


def test_a_meeting_tried_during_a_summit_stays(nlp):
    text = "Donald Trump a tenté de rencontrer Kim Jong Un lors d'un sommet à Hanoï."
    assert of_type(nlp, text, TRUMP_KIM, "meeting")


def test_an_agreement_signed_in_an_adjunct_of_a_told_infinitive_stays(nlp):
    text = "Donald Trump a décidé de lever les sanctions après un accord avec l'Iran."
    assert of_type(nlp, text, TRUMP_IRAN, "agreement")


def test_a_summit_in_a_means_adjunct_of_a_wished_infinitive_is_not_held(nlp):
    text = "Donald Trump souhaitait renforcer son image avec un sommet du G7 à Washington."
    assert not of_type(nlp, text, [("G7", "G7", "organization")], "meeting")

