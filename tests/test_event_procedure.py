"""An election noun naming a kind of vote by who starts it ("le référendum d'initiative
citoyenne") is a procedure, no vote held (events/procedure.py), on French sentences written for
these tests: each negative test loses its false event, each control keeps its true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def test_a_citizens_initiative_referendum_debated_is_no_vote(nlp):
    text = ("Intro. Le Premier ministre Paul Martin a annoncé la tenue d'un débat sur le référendum "
            "d'initiative citoyenne, une revendication des manifestants.")
    assert not elections(nlp, text, [MARTIN])


def test_a_shared_initiative_referendum_launched_is_no_vote(nlp):
    text = ("Intro. Près de cent députés ont lancé un référendum d'initiative partagée, avec le "
            "soutien de Paul Martin.")
    assert not elections(nlp, text, [DUPONT, MARTIN])


def test_a_referendum_with_its_date_is_kept(nlp):
    text = "Intro. Paul Martin a gagné le référendum d'initiative populaire du 9 février."
    assert elections(nlp, text, [MARTIN])


def test_a_plain_referendum_is_kept(nlp):
    text = "Intro. Paul Martin a gagné le référendum organisé dimanche dans la région."
    assert elections(nlp, text, [MARTIN])
