"""Happenings only proposed through an infinitive the parser parted from its verb of proposing
(issue 19, branch issue-19-agree3), on French sentences written for these tests: "de" + infinitive
after a verb of proposing or asking with no complement of its own, an incise between them, is
that verb's complement even when the parser hangs it on the main verb
(events/parted_infinitive.py, hook in reference.irrealis). Each negative test fails without the
rule; the controls pass with and without it."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Jean Leroy", "Jean Leroy", "person"), ("Paul Martin", "Paul Martin", "person"),
          ("Marc Dupont", "Marc Dupont", "person")]


def of_type(nlp, text, event_type):
    return typed(run(nlp, text, PEOPLE), event_type)


def test_an_agreement_proposed_across_a_quoted_incise_is_none(nlp):
    text = ("Intro. Paul Martin a surpris lundi en proposant, \"pour ne pas perdre nos forces\", "
            "de passer un accord avec Jean Leroy.")
    assert not of_type(nlp, text, "agreement")


def test_a_meeting_suggested_across_an_adjunct_is_none(nlp):
    text = "Intro. Paul Martin a surpris en suggérant, lors d'un discours, de rencontrer Jean Leroy."
    assert not of_type(nlp, text, "meeting")


def test_an_agreement_decided_after_a_proposal_stays(nlp):
    text = "Intro. Paul Martin a proposé un plan et a décidé de signer un accord avec Jean Leroy."
    assert of_type(nlp, text, "agreement")


def test_an_agreement_said_signed_across_an_incise_stays(nlp):
    text = "Intro. Paul Martin s'est félicité, dans un communiqué, d'avoir signé un accord avec Jean Leroy."
    assert of_type(nlp, text, "agreement")


def test_a_discussion_decided_stays(nlp):
    text = "Intro. Paul Martin a salué Jean Leroy et a décidé d'engager avec lui \"une discussion sur le budget\"."
    assert of_type(nlp, text, "meeting")


def test_a_discussion_proposed_whose_noun_the_parser_hung_on_the_first_verb_is_none(nlp):
    text = ("Intro. Le chef du parti, Paul Martin, qui a soutenu Marc Dupont, a félicité dimanche soir Jean Leroy "
            "et proposera mardi à ses troupes d'engager avec lui \"une discussion pour élaborer un projet commun\".")
    assert not of_type(nlp, text, "meeting")


def test_a_discussion_decided_whose_noun_the_parser_hung_on_the_first_verb_stays(nlp):
    text = ("Intro. Le chef du parti, Paul Martin, qui a soutenu Marc Dupont, a félicité dimanche soir Jean Leroy "
            "et a décidé mardi d'engager avec lui \"une discussion pour élaborer un projet commun\".")
    assert of_type(nlp, text, "meeting")
