"""Who only cites a happening, or acts to end a protest, takes no part in it (branch issue-19-cited:
data/gathering.json evaluate_verb 'citer', 'mentionner', 'rappeler' read by events/commentary.py; handle_verb
'remédier' and end_noun read by events/protest_target.is_ended), on French sentences written for
these tests: each rule loses its false actor and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
CGT = ("CGT", "CGT", "organization")


def of_type(nlp, text, actors, etype):
    return [e for e in run(nlp, text, actors) if e.event_type == etype]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_who_cites_an_attack_takes_no_part_in_it(nlp):
    text = "Intro. Mardi à Lyon, Paul Martin a cité les attentats de Madrid."
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "attack"))


def test_who_mentions_an_election_takes_no_part_in_it(nlp):
    text = "Intro. Mardi à Lyon, Paul Martin a mentionné l'élection présidentielle de 1995."
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "election"))


def test_who_recalls_a_strike_takes_no_part_in_it(nlp):
    text = "Intro. Mardi à Lyon, Paul Martin a rappelé la longue grève des contrôleurs aériens de 2010."
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "protest"))


def test_who_cites_own_victory_stays(nlp):
    text = "Intro. Mardi à Lyon, Paul Martin a cité sa victoire à l'élection municipale de 2014."
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN], "election"))


def test_who_sends_troops_to_end_riots_is_no_rioter(nlp):
    text = ("Intro. Le président Paul Martin a annoncé l'envoi de soldats dans la capitale pour mettre "
            "un terme aux émeutes.")
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "protest"))
    text = "Intro. Paul Martin a proposé un référendum pour mettre fin à la grève des cheminots."
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "protest"))


def test_who_remedies_a_protest_is_no_protester(nlp):
    text = "Intro. Paul Martin a proposé une conférence sociale pour remédier à la contestation contre la réforme."
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "protest"))


def test_strikers_who_end_their_own_strike_stay(nlp):
    text = "Intro. Les militants de la CGT ont mis fin à leur grève mardi soir."
    assert "CGT" in names(of_type(nlp, text, [CGT], "protest"))
