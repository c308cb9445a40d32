"""Who judges a happening in a copular clause takes no part in it (events/judged.py), on French
sentences written for these tests: each rule loses its false actor and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
DUPONT = ("Claire Dupont", "Claire Dupont", "person")
CGT = ("CGT", "CGT", "organization")
PARTY = ("Parti radical", "Parti radical", "organization")


def of_type(nlp, text, actors, etype):
    return [e for e in run(nlp, text, actors) if e.event_type == etype]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_an_opinion_adjunct_judges_a_round(nlp):
    text = "Intro. Pour Paul Martin, le premier tour des élections municipales a été un échec cuisant."
    assert "Paul Martin" not in names(of_type(nlp, text, [MARTIN], "election"))


def test_in_whose_opinion_a_protest_was_a_success_takes_no_part(nlp):
    text = "Intro. Pour Claire Dupont, la manifestation de samedi contre la réforme a été un succès."
    assert "Claire Dupont" not in names(of_type(nlp, text, [DUPONT], "protest"))
    text = "Intro. Selon Claire Dupont, la grève de samedi a été un succès."
    assert "Claire Dupont" not in names(of_type(nlp, text, [DUPONT], "protest"))


def test_the_party_of_who_judges_an_appointment_takes_no_part(nlp):
    text = ("Intro. Claire Dupont, présidente du Parti radical, a estimé mardi que la nomination de "
            "Paul Martin au ministère était une erreur.")
    found = names(of_type(nlp, text, [DUPONT, PARTY, MARTIN], "election"))
    assert "Parti radical" not in found and "Claire Dupont" not in found


def test_who_is_named_in_the_judged_phrase_stays(nlp):
    text = "Intro. La grève des adhérents de la CGT a été un succès."
    assert "CGT" in names(of_type(nlp, text, [CGT], "protest"))


def test_a_passive_participle_is_no_judgement(nlp):
    text = ("Intro. Les ministres ont confirmé ne pas reconnaître la légitimité de Paul Martin car les "
            "élections du 9 août ont été truquées, a dit Claire Dupont.")
    assert "Paul Martin" in names(of_type(nlp, text, [MARTIN, DUPONT], "election"))


def test_who_is_named_outside_but_not_as_judge_stays(nlp):
    text = ("Intro. Le ministre a appelé les grévistes de la CGT à reprendre le travail, répétant que "
            "la grève n'est jamais une solution.")
    assert "CGT" in names(of_type(nlp, text, [CGT], "protest"))
