"""An election named only as the end of a duration ("jusqu'au prochain scrutin", "jusqu'au jour
du scrutin": landmark.is_limit) does not take the people of the clause it ends, though an
election named after other prepositions of time keeps the names beside it (its candidates:
data/landmarks.json sweep_types). French sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]


def election_actors(nlp, text):
    return [{a.canonical_name for a in e.actors} for e in run(nlp, text, PEOPLE)
            if e.event_type == "election"]


def test_election_ending_a_term_takes_no_one_from_its_clause(nlp):
    for found in election_actors(nlp, "Intro. Paul Martin restera ministre au moins jusqu'au prochain "
                                      "scrutin, a indiqué mardi son entourage."):
        assert "Paul Martin" not in found


def test_election_day_ending_a_duration_takes_no_one_from_its_clause(nlp):
    for found in election_actors(nlp, "Intro. Claire Dupont a assuré que Paul Martin conservera la "
                                      "présidence du conseil jusqu'au jour du scrutin."):
        assert "Paul Martin" not in found and "Claire Dupont" not in found


def test_election_after_other_time_preposition_keeps_its_candidate(nlp):
    # control: "avant" keeps the names beside an election (its candidates), on both codes
    found = election_actors(nlp, "Intro. Paul Martin a tenu un dernier meeting à Lyon avant le premier "
                                 "tour de l'élection présidentielle.")
    assert found and any("Paul Martin" in f for f in found)
