"""An election named by the tier of a state's offices takes the one state named just before it
(issue 19 recall, branch issue-19-elmeetrec, events/election_state.py), on French sentences
written for these tests: the behaviour tests (the tier noun, the vote noun with a tier
adjective) fail on the code before the branch; the heading case (found before by another way)
and the controls pass on both."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

BOLIVIE = ("Bolivie", "Bolivie", "country")
PEROU = ("Pérou", "Pérou", "country")
CHILI = ("Chili", "Chili", "country")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_tier_noun_after_the_state(nlp):
    text = ("La crise s'aggrave en Bolivie. La Cour a annulé vendredi les résultats "
            "des législatives de mars dans dix circonscriptions.")
    assert names(elections(nlp, text, [BOLIVIE])) == {"Bolivie"}


def test_round_of_a_tier_noun_after_a_heading(nlp):
    text = ("- Pérou: présidentielle en juin -\n\nLe gouvernement a fixé au 7 juin "
            "la date du second tour des municipales.")
    assert "Pérou" in names(elections(nlp, text, [PEROU]))


def test_vote_noun_with_a_tier_adjective(nlp):
    text = ("Le Chili traverse une crise profonde. Les manifestants réclament la démission du "
            "président. Les élections législatives auront lieu le 21 novembre.")
    assert names(elections(nlp, text, [CHILI])) == {"Chili"}


def test_two_states_before_leave_the_vote_to_none(nlp):
    # control: with two states named just before, the vote is anyone's
    text = ("Le Chili et le Pérou ont signé un accord commercial. Les législatives "
            "auront lieu le 21 novembre.")
    assert not elections(nlp, text, [CHILI, PEROU])


def test_bare_election_noun_takes_no_state(nlp):
    # control: a bare 'élection' or 'scrutin' may be a party's or a club's
    text = ("Le parti au pouvoir en Bolivie se réunit samedi. L'élection de son "
            "secrétaire général aura lieu dimanche.")
    assert not elections(nlp, text, [BOLIVIE])


def test_state_too_far_back(nlp):
    # control: three sentences or more before, the state is no longer the topic
    text = ("La Bolivie vote dimanche. Les bureaux ouvrent à huit heures. Il fait beau. "
            "Les rues sont calmes. Les législatives sont très disputées.")
    assert "Bolivie" not in names([e for e in elections(nlp, text, [BOLIVIE])
                                   if "législatives" in e.trigger])


def test_neighbour_named_just_before_is_not_the_voting_state(nlp):
    # control: the state named just before is not the one the article is about
    text = ("Le Pérou conteste le vote. Au Pérou, l'opposition manifeste. Le Pérou se divise. "
            "Les rues sont calmes. Le Chili a proposé sa médiation. Les législatives du 9 août "
            "restent contestées.")
    assert "Chili" not in names(elections(nlp, text, [CHILI, PEROU]))


def test_vote_named_inside_a_quotation(nlp):
    # control: inside a speaker's quotation the state of the narration is not the vote's
    text = ("La Bolivie reste divisée. « Notre parti visera la présidentielle "
            "de 2030 », dit un conseiller.")
    assert "Bolivie" not in names(elections(nlp, text, [BOLIVIE]))


def test_vote_describing_a_runner(nlp):
    # control: 'le candidat à la présidentielle' describes a person, whose state is not given
    text = ("La Bolivie a bombardé la ville. Cette question a fâché le candidat à la "
            "présidentielle.")
    assert "Bolivie" not in names(elections(nlp, text, [BOLIVIE]))
