"""Happenings that are not told as having happened: a fake one, one a comparison only describes,
one only demanded or argued for, one in a subjunctive clause, one of an impersonal predicate
("il est interdit de"), one refrained from, one negated
without "ne", one "far" off (events/reference.py, events/modality.py), on French sentences
written for these tests; the told ones stay."""
from __future__ import annotations

from test_events import nlp, triggers  # noqa: F401  (the session pipeline fixture)

MARTIN = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]
STATES = [("Serbie", "Serbie", "country"), ("Croatie", "Croatie", "country")]


def test_fake_statement_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Un site parodique publie de fausses déclarations de Claire Dupont sur "
                             "la réforme.", MARTIN, "statement")


def test_real_statement_stays(nlp):
    assert triggers(nlp, "Intro. Claire Dupont a publié une déclaration sur la réforme lundi.", MARTIN,
                    "statement")


def test_alleged_happening_stays(nlp):
    # "prétendu" doubts a claim but does not make it fake: an alleged delivery is still reported
    assert triggers(nlp, "Intro. La Serbie condamne la prétendue fourniture de munitions par la Croatie aux milices.",
                    STATES, "arms_transfer")


def test_kind_a_comparison_describes_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin se comporte comme ces dirigeants qui ont perdu l'élection.",
                        MARTIN, "election")


def test_election_lost_by_a_named_actor_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin, qui a perdu l'élection municipale en mars, quitte Lyon.", MARTIN,
                    "election")


def test_demanded_under_a_participle_taken_for_a_preposition_is_no_event(nlp):
    assert not triggers(nlp, 'Intro. Demandant "des élections libres et équitables", Claire Dupont dit être '
                             'prête à "des négociations avec les autorités".', MARTIN, "election")


def test_elections_held_stay(nlp):
    assert triggers(nlp, "Intro. Claire Dupont a remporté les élections libres de mars.", MARTIN, "election")


def test_visit_refrained_from_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Paul Martin s'est abstenu de toute visite à Claire Dupont lundi.", MARTIN,
                        "meeting")


def test_vote_one_abstained_in_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin s'est abstenu lors du vote de la loi, que Claire Dupont a "
                         "défendue à l'Assemblée.", MARTIN, "election")


def test_charge_negated_without_ne_is_no_event(nlp):
    found = triggers(nlp, "Intro. Paul Martin, sous le coup d'une enquête mais pas inculpé, a quitté Paris.",
                     MARTIN, "legal_action")
    assert "inculpé" not in found


def test_charge_told_stays(nlp):
    assert "inculpé" in " ".join(triggers(nlp, "Intro. Paul Martin a été inculpé mardi à Paris.", MARTIN,
                                          "legal_action"))


def test_war_one_is_far_from_is_no_event(nlp):
    assert not triggers(nlp, "Intro. « Nous sommes loin d'une guerre avec la Croatie », a estimé la Serbie.",
                        STATES, "attack")


def test_war_lived_far_from_stays(nlp):
    assert triggers(nlp, "Intro. Les civils fuient loin des combats entre la Serbie et la Croatie.", STATES,
                    "attack")


SERBIA = MARTIN + [("Serbie", "Serbie", "country")]


def test_indefinite_happening_argued_for_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Claire Dupont a lancé une pétition en faveur d'un référendum en Serbie.",
                        SERBIA, "election")


def test_definite_happening_campaigned_for_stays(nlp):
    assert triggers(nlp, "Intro. Claire Dupont a fait campagne en faveur du référendum organisé en Serbie en "
                         "mars.", SERBIA, "election")


def test_infinitive_of_a_subjunctive_predicate_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Claire Dupont plaide pour que la Serbie ait l'occasion de prendre part à "
                             "un référendum en mars.", SERBIA, "election")


def test_infinitive_of_an_indicative_predicate_stays(nlp):
    assert triggers(nlp, "Intro. Claire Dupont note que la Serbie a eu l'occasion de prendre part à un "
                         "référendum en mars.", SERBIA, "election")


def test_infinitive_of_an_impersonal_predicate_is_no_event(nlp):
    assert not triggers(nlp, "Intro. Il est interdit de rencontrer Claire Dupont, a dit Paul Martin.", MARTIN,
                        "meeting")


def test_infinitive_decided_in_the_impersonal_passive_stays(nlp):
    assert triggers(nlp, "Intro. Il a été décidé de rencontrer Claire Dupont lundi, a annoncé Paul Martin.",
                    MARTIN, "meeting")


def test_infinitive_of_a_personal_verb_the_parser_gives_an_expletive_stays(nlp):
    assert triggers(nlp, "Intro. Paul Martin s'est montré ouvert, alors qu'il ne cesse de dénoncer Claire "
                         "Dupont.", MARTIN, "statement")
