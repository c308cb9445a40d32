"""Who judges an election in a relative clause on it, and a speaker whose name the parse
splits, take no part in it (events/commentary.py judging_relative, office.whole_mentions read
in commentary.above; data/gathering.json evaluate_verb 'résumer'), on French sentences written
for these tests: each rule loses its false event and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
JUNIOR = ("Paul Martin Jr", "Paul Martin Jr", "person")
PS = ("Parti socialiste", "Parti socialiste", "organization")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_who_judges_an_election_in_a_relative_clause_takes_no_part(nlp):
    text = ("Intro. Les partis préparent activement un scrutin que Paul Martin refuse de considérer "
            "comme un test national.")
    assert "Paul Martin" not in names(elections(nlp, text, [MARTIN]))
    text = ("Intro. Le Parti socialiste prépare un scrutin que Paul Martin refuse de considérer comme "
            "un test national.")
    found = elections(nlp, text, [MARTIN, PS])
    assert "Parti socialiste" in names(found) and "Paul Martin" not in names(found)


def test_who_wins_an_election_in_a_relative_clause_stays(nlp):
    text = "Intro. Les élus préparent le scrutin que Paul Martin a remporté en 2017."
    assert "Paul Martin" in names(elections(nlp, text, [MARTIN]))


def test_who_judges_own_victory_in_a_relative_clause_stays(nlp):
    text = "Intro. Les élus préparent les législatives que Paul Martin a commentées à sa façon."
    assert "Paul Martin" in names(elections(nlp, text, [MARTIN]))


def test_who_sums_up_an_election_takes_no_part_in_it(nlp):
    text = ("Intro. Lundi, son fils aîné Paul Martin Jr avait résumé l'élection présidentielle à venir "
            "à un choix entre deux camps.")
    assert "Paul Martin Jr" not in names(elections(nlp, text, [JUNIOR]))
    text = "Intro. Lundi, Paul Martin Jr avait remporté l'élection présidentielle."
    assert "Paul Martin Jr" in names(elections(nlp, text, [JUNIOR]))
