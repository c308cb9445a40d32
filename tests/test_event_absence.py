"""Meetings said to be lacking, and actors said to be absent from one (issue 19, branch
issue-19-meet10), on French sentences written for these tests:
- unasserted.is_lacked_by_noun: a trigger noun that is the "de" complement of a noun of lacking
  ("l'absence de concertation", "un manque de dialogue") did not take place;
- events/absent.py: an actor named by the "de" complement of "absence" beside the meeting, or
  qualified by "absent" whose complement is the meeting, takes no part in it.
Each rule loses its false event or actor and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


def names(event):
    return {a.canonical_name for a in event.actors}


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
UNIONS = [("Force Syndicale", "Force Syndicale", "organization"),
          ("Union Ouvrière", "Union Ouvrière", "organization")]
ONU = [("ONU", "ONU", "organization")]


def test_a_consultation_deplored_as_absent_did_not_take_place(nlp):
    text = "Le chef du parti a déploré l'absence de mandat de l'ONU et de consultation des pays voisins."
    assert not meetings(nlp, text, ONU)


def test_unions_named_for_their_absence_from_the_negotiations_take_no_part(nlp):
    text = ("Le porte-parole du ministère a dénoncé mardi l'absence de la Force Syndicale et de "
            "l'Union Ouvrière à la table des négociations depuis trois semaines.")
    for e in meetings(nlp, text, UNIONS):
        assert not names(e) & {"Force Syndicale", "Union Ouvrière"}


def test_an_actor_absent_from_the_negotiations_takes_no_part(nlp):
    text = "La Force Syndicale, absente des négociations depuis un mois, a appelé à la grève."
    for e in meetings(nlp, text, UNIONS):
        assert "Force Syndicale" not in names(e)


def test_a_meeting_held_after_an_absence_stays(nlp):
    text = "Après une longue absence, le ministre Paul Martin a rencontré Claire Dupont mardi à Lyon."
    found = meetings(nlp, text, MARTIN + DUPONT)
    assert found and {"Paul Martin", "Claire Dupont"} <= set().union(*(names(e) for e in found))


def test_the_parties_present_at_the_negotiations_stay(nlp):
    text = ("Le ministre Paul Martin a tenu des négociations avec la Force Syndicale malgré "
            "l'absence de l'Union Ouvrière.")
    found = meetings(nlp, text, MARTIN + UNIONS)
    assert found and {"Paul Martin", "Force Syndicale"} <= set().union(*(names(e) for e in found))
