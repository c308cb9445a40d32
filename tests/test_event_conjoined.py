"""Happenings only wished, urged or feared through a later member of a coordination, an
apposition or a gerund: the object of an infinitive coordinated with a first infinitive that a
verb of suggesting or calling governs ("a suggéré à X de quitter l'Union et de conclure un
accord", "a appelé les deux camps à cesser les combats et à engager des négociations"), a noun in
apposition to the object of a verb of fearing ("craignent une nouvelle guerre (invasion de X)"),
and the object of a gerund of manner under an urged infinitive ("appelle X à suivre Y en
réimposant des sanctions") (reference.conjoined_infinitive_lead, stands_for_its_head,
is_gerund_of_infinitive), read through the whole extraction on French sentences written for these
tests; what a verb of deciding or recalling governs stays."""
from __future__ import annotations

from article_events import actors_of_type


def test_agreement_in_a_later_suggested_infinitive_is_no_event():
    assert not actors_of_type("Le président serbe Paul Martin a suggéré au Premier ministre croate Jean "
                              "Durand de quitter l'Union européenne et de conclure un accord avec la "
                              "Serbie.", "agreement")


def test_talks_in_a_later_urged_infinitive_are_no_event():
    assert not actors_of_type("Le président serbe Paul Martin a appelé les deux camps à cesser les combats "
                              "et à engager des négociations avec la Croatie.", "meeting")


def test_war_named_in_apposition_to_what_is_feared_is_no_event():
    assert not actors_of_type("Selon un sondage, les Serbes craignent une nouvelle guerre (invasion "
                              "croate) en cas de crise.", "attack")


def test_sanctions_in_a_gerund_under_an_urged_infinitive_are_no_event():
    assert not actors_of_type("Le président serbe Paul Martin appelle les Européens à suivre Washington en "
                              "réimposant des sanctions contre la Croatie.", "sanction")


def test_sanctions_in_a_gerund_under_a_decided_infinitive_stay():
    assert actors_of_type("Le président serbe Paul Martin a décidé de suivre Washington en réimposant des "
                          "sanctions contre la Croatie.", "sanction")


def test_agreement_in_a_later_decided_infinitive_stays():
    assert actors_of_type("Le président serbe Paul Martin a décidé de quitter la coalition et de conclure "
                          "un accord avec la Croatie.", "agreement")


def test_war_named_in_apposition_to_what_is_recalled_stays():
    assert actors_of_type("Le président serbe Paul Martin a rappelé la guerre de 1991 (invasion croate) "
                          "contre la Serbie.", "attack")
