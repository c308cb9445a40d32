"""Happenings only asked for, wished or threatened through the participle or the passive of a
verb of demanding (events/unasserted.is_demanded, data/irreality.json demanded), on French
sentences written for these tests; the ones told as done stay."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

STATES = [("Serbie", "Serbie", "country"), ("Croatie", "Croatie", "country"), ("ONU", "ONU", "organization")]
SANCTION = [("Iran", "Iran", "country"), ("France", "France", "country")]


def test_agreement_qualified_by_a_participle_of_demanding_is_no_event(nlp):
    assert not triggers(nlp, "Intro. La Serbie évoque un accord réclamé par l'ONU depuis des mois.",
                        STATES, "agreement")


def test_participle_hung_on_the_complement_still_qualifies_the_agreement(nlp):
    # 'réclamé' (masculine) agrees with 'accord', not with the name the parser hangs it on
    assert not triggers(nlp, "Intro. La Serbie a évoqué un accord avec la Croatie réclamé par l'ONU.",
                        STATES, "agreement")


def test_passive_subject_of_a_verb_of_demanding_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Des sanctions contre l'Iran ont été demandées par la France.",
                        SANCTION, "sanction")


def test_sanctions_imposed_stay(nlp):
    assert triggers(nlp, "Intro. Des sanctions contre l'Iran ont été imposées par la France.",
                    SANCTION, "sanction")


def test_demanded_agreement_told_as_taking_effect_stays(nlp):
    # the noun is the subject of its own clause, which tells what became of it
    assert triggers(nlp, "Intro. Le cessez-le-feu réclamé par l'ONU est entré en vigueur en Serbie.",
                    STATES, "agreement")


def test_agreement_qualified_by_a_participle_of_signing_stays(nlp):
    assert triggers(nlp, "Intro. La Serbie a évoqué l'accord signé avec la Croatie.", STATES, "agreement")
