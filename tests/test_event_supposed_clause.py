"""Happenings deep inside a clause opened by "si" (issue 19, branch issue-19-wish2), on French
sentences written for these tests: reference.in_supposed_clause reads a trigger that hangs,
through nouns, infinitives, participles without auxiliary and coordinated infinitives, on the
finite verb of a "si" clause in a simple tense as supposed, not told, as reference.is_supposed
already read a trigger whose own clause verb carries the "si". A happening outside the "si"
clause, or after a "si" that contrasts two facts, stays."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, kind):
    return [e for e in run(nlp, text, actors) if e.event_type == kind]


RUSSIA = [("Russie", "Russie", "country"), ("Alexandre Loukachenko", "Alexandre Loukachenko", "person")]
BELARUS = [("Russie", "Russie", "country"), ("Biélorussie", "Biélorussie", "country")]
ASSEMBLY = [("Assemblée", "Assemblée", "organization")]
BERLIN = [("Berlin", "Allemagne", "country"), ("Vladimir Poutine", "Vladimir Poutine", "person")]


def test_a_release_in_a_coordinated_infinitive_of_a_si_clause_is_supposed(nlp):
    text = ("Si la Russie pousse Alexandre Loukachenko à respecter le vote et à libérer les "
            "opposants, la crise prendra fin.")
    assert not of_type(nlp, text, RUSSIA, "legal_action")


def test_an_election_in_an_infinitive_of_a_si_clause_is_supposed(nlp):
    text = ("Le rôle de Moscou sera utile si la Russie aide la Biélorussie à organiser une "
            "élection présidentielle libre.")
    assert not of_type(nlp, text, BELARUS, "election")


def test_a_participle_deep_in_a_si_clause_is_supposed(nlp):
    text = ("Si, en juin, les législatives permettent de mener une politique de réformes avec "
            "l'appui d'une Assemblée nouvellement élue et du président, je dis oui!")
    assert not of_type(nlp, text, ASSEMBLY, "election")


def test_the_release_urged_outside_any_si_clause_is_left_to_the_other_rules(nlp):
    text = "La Russie a poussé Alexandre Loukachenko à respecter le vote et à libérer les opposants."
    assert of_type(nlp, text, RUSSIA, "legal_action")


def test_a_meeting_in_the_main_clause_after_a_contrasting_si_stays(nlp):
    text = "Si Paris reste prudent, Berlin a rencontré Vladimir Poutine à Moscou."
    assert of_type(nlp, text, BERLIN, "meeting")


def test_a_meeting_in_a_relative_clause_inside_a_si_clause_stays(nlp):
    text = ("Si le président, qui a rencontré Vladimir Poutine à Moscou, veut un accord, il "
            "devra céder.")
    assert of_type(nlp, text, BERLIN[1:], "meeting")


def test_a_definite_election_named_as_a_landmark_in_a_contrasting_si_clause_stays(nlp):
    text = ("Si Claire Dupont semble aujourd'hui sereine à quelques jours de l'élection "
            "présidentielle de Pologne, il n'en a pas toujours été ainsi.")
    assert of_type(nlp, text, [("Pologne", "Pologne", "country")], "election")
