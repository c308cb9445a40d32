"""Happenings whose clause tells them as aimed at, urged, made possible or supposed: a "pour
que" clause, "nous devons", "ouvrir la porte à", the indefinite subject of a conditional, an
infinitive hung on the object of a verb of calling, a requirement, a petition "pour"
(events/unasserted.py, events/reference.py), on French sentences written for these tests; the
told ones stay."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]
STATES = [("Serbie", "Serbie", "country"), ("Croatie", "Croatie", "country")]
PARTY = [("Parti vert", "Parti vert", "organization"), ("Paul Martin", "Paul Martin", "person")]


def test_purpose_clause_is_no_event(nlp):
    # "pour que" takes the subjunctive, whatever mood the tagger reads on "arrête"
    assert not triggers(nlp, "Intro. Paul Martin a écrit au juge pour que la police arrête Claire Dupont.",
                        PEOPLE, "legal_action")


def test_clause_of_lacking_circumstance_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin a quitté la ville sans que la police arrête Claire Dupont.",
                        PEOPLE, "legal_action")


def test_clause_without_purpose_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin a écrit au juge parce que la police a arrêté Claire Dupont.",
                    PEOPLE, "legal_action")


def test_exhortation_with_nous_devons_is_no_event(nlp):
    assert not triggers(nlp, "Intro. « Nous devons discuter avec la Croatie », a déclaré le ministre de la "
                             "Serbie.", STATES, "meeting")


def test_scheduled_meeting_with_doit_stays(nlp):
    # the press's "doit" + infinitive: a meeting announced, which the guidelines count
    assert triggers(nlp, "Intro. Paul Martin doit rencontrer Claire Dupont jeudi à Lyon.", PEOPLE, "meeting")


def test_door_opened_to_a_happening_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin a ouvert la porte à un accord électoral avec le Parti vert.",
                        PARTY, "agreement")


def test_agreement_concluded_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin a conclu un accord électoral avec le Parti vert.", PARTY,
                    "agreement")


def test_what_a_supposed_act_would_amount_to_is_no_event(nlp):
    assert not triggers(nlp, "Intro. La Serbie estime qu'une intervention de la Croatie constituerait une "
                             "déclaration de guerre.", STATES, "statement")


def test_what_a_told_act_amounts_to_stays(nlp):
    # the indicative and a definite subject: the intervention took place, and so does what it is
    assert triggers(nlp, "Intro. La Serbie estime que l'intervention de la Croatie constitue une déclaration "
                         "de guerre.", STATES, "statement")


def test_release_urged_on_the_object_of_a_call_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Le mouvement appelle publiquement ses partisans à libérer les prisonniers de "
                             "la Serbie.", STATES, "legal_action")


def test_rally_one_is_invited_to_stays(nlp):
    # what one is urged to come to is scheduled, whoever comes: only the act urged is unreal
    assert triggers(nlp, "Intro. Le Parti vert invite les électeurs à venir à la manifestation de Paul Martin "
                         "dimanche à Lyon.", PARTY, "protest")


def test_release_told_stays(nlp):
    assert triggers(nlp, "Intro. Les ravisseurs ont libéré Claire Dupont lundi, selon Paul Martin.", PEOPLE,
                    "legal_action")


def test_vote_a_decision_requires_is_no_event(nlp):
    assert not triggers(nlp, "Intro. La Serbie a prolongé le contrat, ce qui nécessite un référendum en Croatie.",
                        STATES, "election")


def test_vote_held_after_a_decision_stays(nlp):
    assert triggers(nlp, "Intro. La Serbie a prolongé le contrat, puis a organisé un référendum en Croatie.",
                    STATES, "election")


def test_negotiation_awaited_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Le Parti vert demande que le texte soit retiré dans l'attente d'une "
                             "négociation avec Paul Martin.", PARTY, "meeting")


def test_petition_for_a_repatriation_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin a lancé une pétition pour le rapatriement des otages par la "
                             "Serbie.", PEOPLE + STATES, "aid")
