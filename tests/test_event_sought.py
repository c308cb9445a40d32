"""Happenings only sought: carried by a noun of bringing about that is asked for or argued about
("réclame l'organisation d'un référendum", "se déclare contre la tenue d'élections"), the
"pour" complement of a verb of advocacy ("milite pour la libération de X", "se prononce pour la
nomination de Y"), a verbless "Pour ..." slogan, or the object of an infinitive of achievement of
purpose or of trying ("pour obtenir des élections", "tente de parvenir à un accord") (events/unasserted.py
effected_carrier, is_advocated, is_slogan, is_sought_achievement; data/irreality.json), on
French sentences written for these tests; what is denounced, welcomed, voted for or obtained
stays."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]
STATES = [("Paul Martin", "Paul Martin", "person"), ("Serbie", "Serbie", "country"),
          ("Croatie", "Croatie", "country")]


def test_referendum_whose_organisation_is_demanded_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin réclame l'organisation d'un référendum en Serbie.",
                        STATES, "election")


def test_referendum_whose_setting_up_is_demanded_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin réclame la mise en place d'un référendum en Serbie.",
                        STATES, "election")


def test_agreement_whose_conclusion_is_wished_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin souhaite la conclusion d'un accord avec la Croatie.",
                        STATES, "agreement")


def test_referendum_whose_organisation_is_opposed_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin s'est déclaré contre l'organisation d'un référendum en "
                             "Serbie.", STATES, "election")


def test_appointment_argued_for_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin s'est prononcé pour la nomination de Claire Dupont.",
                        PEOPLE, "election")


def test_release_campaigned_for_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin milite pour la libération de Claire Dupont.", PEOPLE,
                        "legal_action")


def test_release_fought_for_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin se bat pour la libération de Claire Dupont.", PEOPLE,
                        "legal_action")


def test_slogan_for_a_reelection_is_no_event(nlp):
    assert not triggers(nlp, "Pour une réélection de Paul Martin en 2022.\n\nClaire Dupont le soutient.",
                        PEOPLE, "election")


def test_organisation_denounced_stays(nlp):
    # a factive governor: what is denounced took place
    assert triggers(nlp, "Intro. Paul Martin a dénoncé l'organisation d'un référendum en Serbie.", STATES,
                    "election")


def test_conclusion_welcomed_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin a salué la conclusion d'un accord avec la Croatie.", STATES,
                    "agreement")


def test_release_welcomed_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin a salué la libération de Claire Dupont.", PEOPLE, "legal_action")


def test_arrest_opposed_stays(nlp):
    # 'contre' is read only through a noun of bringing about: one may oppose an arrest made
    assert triggers(nlp, "Intro. Paul Martin s'est prononcé contre l'arrestation de Claire Dupont.", PEOPLE,
                    "legal_action")


def test_appointment_voted_for_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin a voté pour la nomination de Claire Dupont.", PEOPLE, "election")


STATES2 = [("Serbie", "Serbie", "country"), ("Croatie", "Croatie", "country")]


def test_agreement_only_tried_for_is_no_event(nlp):
    assert not triggers(nlp, "Intro. La Serbie a tenté de parvenir à un accord avec la Croatie.", STATES2,
                        "agreement")


def test_elections_sought_in_a_purpose_clause_are_no_event(nlp):
    assert not triggers(nlp, "Intro. Pour obtenir des élections anticipées en Serbie, Paul Martin aura besoin "
                             "de deux tiers des voix.", STATES, "election")


def test_agreement_reached_stays(nlp):
    assert triggers(nlp, "Intro. La Serbie est parvenue à un accord avec la Croatie.", STATES2, "agreement")


def test_agreement_obtained_after_trying_stays(nlp):
    # 'réussir à' is implicative: the agreement was obtained
    assert triggers(nlp, "Intro. La Serbie a réussi à obtenir un accord avec la Croatie.", STATES2, "agreement")


def test_release_obtained_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin a obtenu la libération de Claire Dupont.", PEOPLE, "legal_action")


def test_acquittal_obtained_as_a_cause_stays(nlp):
    # "pour" + past infinitive gives a cause, not a purpose
    assert triggers(nlp, "Intro. Paul Martin, réputé pour avoir obtenu l'acquittement de Claire Dupont, plaide "
                         "lundi.", PEOPLE, "legal_action")
