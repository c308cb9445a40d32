"""An infinitive that is the subject of a judgement (events/infinitive_subject.py, read by
reference.irrealis), on French sentences written for these tests: a bare infinitive opening its
clause before the verb ("Signer un accord avec X serait ...") and a "de" + infinitive after a
conditional "ce serait ... de" name an act judged, supposed, none done, whatever the type; a
purpose infinitive, a past infinitive and a present "c'est ... de" leave the trigger alone."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

STATES = [("Paul Martin", "Paul Martin", "person"), ("Bolivie", "Bolivie", "country"),
          ("Pérou", "Pérou", "country")]


def test_a_bare_infinitive_subject_of_a_conditional_judgement_holds_no_referendum(nlp):
    assert not triggers(nlp, "Intro. Organiser un référendum en Bolivie dès le mois de mars serait une "
                             "erreur de Paul Martin, a jugé le ministre.", STATES, "election")


def test_a_bare_infinitive_subject_meets_no_one(nlp):
    assert not triggers(nlp, "Intro. Rencontrer le président du Pérou dans ces conditions serait une "
                             "faute grave, a estimé Paul Martin.", STATES, "meeting")


def test_an_extraposed_infinitive_after_a_conditional_ce_signs_nothing(nlp):
    assert not triggers(nlp, "Intro. Paul Martin a estimé que ce serait une folie de signer un accord "
                             "avec le Pérou.", STATES, "agreement")


def test_a_purpose_infinitive_before_its_verb_stays(nlp):
    assert triggers(nlp, "Intro. Pour rencontrer le président du Pérou, Paul Martin s'est rendu mardi "
                         "à Lima.", STATES, "meeting")


def test_a_past_infinitive_after_a_conditional_ce_stays(nlp):
    assert triggers(nlp, "Intro. Selon Paul Martin, ce serait une erreur d'avoir signé un accord avec le "
                         "Pérou en mars.", STATES, "agreement")
