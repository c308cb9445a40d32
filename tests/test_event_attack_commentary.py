"""Who only announces, judges or talks about an attack takes no part in it (events/commentary.py
for attacks too: a verb of judging or talking about whose complement holds the trigger, a verb
of saying above a clause with a subject of its own); armed forces and a ministry of defence
that tell of their own strike or their own losses stay (legal.authority_words, is_authority), and so
does the speaker of an incise whose quote speaks in the first person (quotes_first_person).
French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Front du Nord", "Front du Nord", "organization"),
          ("ministère des Affaires étrangères", "ministère des Affaires étrangères (Serbie)", "organization"),
          ("ministère de la Défense", "ministère de la Défense (Serbie)", "organization"),
          ("armée serbe", "armée serbe", "organization")]


def attack_names(nlp, text):
    return [names(e) for e in typed(run(nlp, text, ACTORS), "attack")]


def test_a_ministry_announcing_a_death_in_an_attack_takes_no_part(nlp):
    found = attack_names(nlp, "Intro. Le ministère des Affaires étrangères a annoncé qu'un Serbe avait été "
                              "tué dans l'attaque de Lyon.")
    assert not any("ministère des Affaires étrangères (Serbie)" in n for n in found)


def test_who_talks_of_a_war_as_a_comparison_takes_no_part(nlp):
    found = attack_names(nlp, "Intro. Paul Martin a parlé de scènes dignes d'une guerre civile après les "
                              "émeutes de Lyon.")
    assert not any("Paul Martin" in n for n in found)


def test_who_judges_an_attack_takes_no_part_and_its_doer_stays(nlp):
    found = attack_names(nlp, "Intro. Claire Dupont a jugé odieux l'attentat commis par le Front du Nord à "
                              "Belgrade.")
    assert found and "Front du Nord" in found[0] and "Claire Dupont" not in found[0]


def test_an_army_announcing_its_own_losses_stays(nlp):
    found = attack_names(nlp, "Intro. L'armée serbe a annoncé que trois soldats avaient été tués dans une "
                              "attaque du Front du Nord.")
    assert found and {"armée serbe", "Front du Nord"} <= found[0]


def test_a_defence_ministry_announcing_its_own_strike_stays(nlp):
    found = attack_names(nlp, "Intro. Le ministère de la Défense a annoncé que ses avions avaient bombardé un "
                              "dépôt du Front du Nord.")
    assert found and {"ministère de la Défense (Serbie)", "Front du Nord"} <= found[0]


STATES = ACTORS + [("Serbie", "Serbie", "country")]


def test_a_state_announcing_its_soldiers_killed_stays(nlp):
    found = [names(e) for e in typed(run(nlp, "Intro. La Serbie a annoncé que deux soldats avaient été tués "
                                              "lors d'une attaque du Front du Nord.", STATES), "attack")]
    assert found and {"Serbie", "Front du Nord"} <= found[0]


def test_an_incise_speaker_quoting_their_own_act_stays(nlp):
    found = attack_names(nlp, "Intro. Interrogé sur les frappes menées par le Front du Nord, « nous avons "
                              "réussi l'opération », répond Paul Martin.")
    assert found and "Paul Martin" in found[0]
