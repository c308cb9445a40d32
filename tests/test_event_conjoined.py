"""Happenings only feared or urged through an apposition or a gerund: a noun in apposition to
the object of a verb of fearing ("craignent une nouvelle guerre (invasion de X)") and the object
of a gerund of manner under an infinitive urged on someone else ("appelle les Européens à suivre
Y en réimposant des sanctions") (reference.stands_for_its_head, is_gerund_of_infinitive), read
through the whole extraction on French sentences written for these tests; what a verb of
recalling or deciding governs, and the means one's own hoped-for act takes, stay."""
from __future__ import annotations

from article_events import actors_of_type


def test_war_named_in_apposition_to_what_is_feared_is_no_event():
    assert not actors_of_type("Selon un sondage, les Serbes craignent une nouvelle guerre (invasion "
                              "croate) en cas de crise.", "attack")


def test_sanctions_in_a_gerund_under_an_urged_infinitive_are_no_event():
    assert not actors_of_type("Le président serbe Paul Martin appelle les Européens à suivre Washington en "
                              "réimposant des sanctions contre la Croatie.", "sanction")


def test_war_named_in_apposition_to_what_is_recalled_stays():
    assert actors_of_type("Le président serbe Paul Martin a rappelé la guerre de 1991 (invasion croate) "
                          "contre la Serbie.", "attack")


def test_sanctions_in_a_gerund_under_a_decided_infinitive_stay():
    assert actors_of_type("Le président serbe Paul Martin a décidé de suivre Washington en réimposant des "
                          "sanctions contre la Croatie.", "sanction")


def test_means_of_ones_own_hoped_for_release_stays():
    assert actors_of_type("Détenu depuis avril, l'opposant serbe Paul Martin espérait obtenir sa libération "
                          "en faisant appel de sa détention.", "legal_action")
