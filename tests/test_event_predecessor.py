"""The one whose post is filled takes no part in the election or appointment of the one who
follows him (events/predecessor.py), and taking office or an appointment by a new holder the
sentence does not name keeps only who appoints (events/unnamed_appointee.py), on French
sentences written for these tests: "l'élection du successeur de X", "élu pour succéder à X",
"la prestation de serment du nouveau président", "la nomination de son successeur"."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
VERTS = ("Parti vert", "Parti vert", "organization")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_the_predecessor_whose_successor_is_elected_takes_no_part(nlp):
    text = "Intro. L'élection du successeur de Paul Martin aura lieu en mars."
    assert "Paul Martin" not in names(elections(nlp, text, [MARTIN]))


def test_the_one_followed_by_the_elected_takes_no_part(nlp):
    text = "Intro. Paul Martin a été élu pour succéder à Claire Dupont."
    found = elections(nlp, text, [MARTIN, DUPONT])
    assert found and names(found) == {"Paul Martin"}


def test_the_appointment_of_a_successor_is_no_part_of_the_one_replaced(nlp):
    text = "Intro. La nomination du remplaçant de Paul Martin est attendue cette semaine."
    assert "Paul Martin" not in names(elections(nlp, text, [MARTIN]))


def test_the_swearing_in_of_an_unnamed_new_holder_sweeps_no_one(nlp):
    text = "Intro. Claire Dupont assure l'intérim jusqu'à la prestation de serment du nouveau président élu."
    assert not elections(nlp, text, [DUPONT])


def test_the_taking_of_command_by_an_unnamed_holder_sweeps_no_one(nlp):
    text = "Intro. Paul Martin a parlé lors de la prise de fonction d'un nouveau commandant de la mission."
    assert not elections(nlp, text, [MARTIN])


def test_the_possessive_successor_appointed_is_an_unnamed_holder(nlp):
    text = "Intro. Claire Dupont a annoncé la nomination de son successeur, tandis que Paul Martin se tait."
    assert "Paul Martin" not in names(elections(nlp, text, [DUPONT, MARTIN]))


def test_the_winner_named_stays(nlp):
    text = "Intro. Paul Martin a été élu pour succéder à Claire Dupont."
    assert "Paul Martin" in names(elections(nlp, text, [MARTIN, DUPONT]))


def test_a_predecessor_who_runs_in_another_clause_stays(nlp):
    text = ("Intro. Paul Martin succède au gouvernement à Claire Dupont, devenue tête de liste pour "
            "les élections européennes.")
    assert "Claire Dupont" in names(elections(nlp, text, [MARTIN, DUPONT]))


def test_a_party_labelling_the_predecessor_stays(nlp):
    text = "Intro. L'élection du successeur de Paul Martin (Parti vert) aura lieu samedi."
    assert "Parti vert" in names(elections(nlp, text, [MARTIN, VERTS]))


def test_the_swearing_in_of_a_named_holder_stays(nlp):
    text = "Intro. La prestation de serment de Claire Dupont aura lieu le 20 août."
    assert "Claire Dupont" in names(elections(nlp, text, [DUPONT]))
