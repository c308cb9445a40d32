"""Agreements, meetings, sanctions and aid only suggested, urged or needed through the later member
of a coordination of infinitives ("a suggéré à X de quitter l'Union et de conclure un accord"):
the later infinitive shares the first one's relation to the verb or noun of wish, advice, request
or proposal (events/coordinated_infinitive.py), read through the whole extraction on French
sentences written for these tests; what is decided, or told by finite verbs, stays."""
from __future__ import annotations

from article_events import actors_of_type


def test_agreement_suggested_through_a_later_infinitive_is_no_event():
    assert not actors_of_type("Le président serbe Paul Martin a suggéré au Premier ministre croate de quitter "
                              "l'Union et de conclure un accord avec la Serbie.", "agreement")


def test_summit_urged_on_someone_through_a_later_infinitive_is_no_event():
    assert not actors_of_type("Le ministre serbe Paul Martin a appelé la Croatie à cesser les combats et à "
                              "organiser un sommet avec la Serbie à Genève.", "meeting")


def test_agreement_needed_through_a_later_infinitive_is_no_event():
    assert not actors_of_type("Le président serbe Paul Martin a souligné la nécessité de former un "
                              "gouvernement et de conclure un accord avec la Croatie.", "agreement")


def test_agreement_under_a_later_infinitive_of_a_decision_stays():
    assert actors_of_type("Le président serbe Paul Martin a décidé de quitter l'Union et de conclure un "
                          "accord avec la Croatie.", "agreement")


def test_agreement_told_by_a_later_finite_verb_stays():
    assert actors_of_type("Le président serbe Paul Martin a quitté l'Union et a conclu un accord avec la "
                          "Croatie.", "agreement")
