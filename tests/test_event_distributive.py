"""A trigger noun under a distributive or free-choice determiner names any happening of its kind
(events/distributive.py), on French sentences written for these tests: each negative test loses
its false event, each control keeps its true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")


def of_type(nlp, text, actors, etype):
    return [e for e in run(nlp, text, actors) if e.event_type == etype]


def test_elections_of_every_kind_are_none(nlp):
    text = "Intro. Paul Martin veut écarter les candidats extrémistes aux différentes élections."
    assert not of_type(nlp, text, [MARTIN], "election")
    text = "Intro. Claire Dupont change de programme à chaque élection, selon Paul Martin."
    assert not of_type(nlp, text, [MARTIN, DUPONT], "election")


def test_any_prosecution_is_none(nlp):
    text = "Intro. Paul Martin rappelle que toute arrestation de Claire Dupont serait illégale."
    assert not of_type(nlp, text, [MARTIN, DUPONT], "legal_action")


def test_a_particular_election_or_prosecution_is_kept(nlp):
    text = "Intro. Paul Martin a remporté l'élection municipale dimanche."
    assert of_type(nlp, text, [MARTIN], "election")
    text = "Intro. Claire Dupont a été arrêtée mardi par la police."
    assert of_type(nlp, text, [DUPONT], "legal_action")


def test_tout_with_an_article_is_the_whole_of_one(nlp):
    from newsledger.extract.events.distributive import is_distributive
    doc = nlp("Tout le procès de Claire Dupont a duré trois jours.")
    assert not is_distributive(next(t for t in doc if t.lower_ == "procès"))
    doc = nlp("Toute poursuite est interdite.")
    assert is_distributive(next(t for t in doc if t.lower_ == "poursuite"))


def test_any_agreement_is_none(nlp):
    text = "Intro. Paul Martin a mis en garde contre tout traité conclu avec Claire Dupont."
    assert not of_type(nlp, text, [MARTIN, DUPONT], "agreement")


def test_any_truce_is_none(nlp):
    text = "Intro. Claire Dupont rappelle que toute trêve avec Paul Martin devra être approuvée par le congrès."
    assert not of_type(nlp, text, [MARTIN, DUPONT], "agreement")


def test_an_agreement_concluded_is_kept(nlp):
    text = "Intro. Paul Martin a signé un accord avec Claire Dupont mardi."
    assert of_type(nlp, text, [MARTIN, DUPONT], "agreement")
    text = "Intro. Claire Dupont a conclu toute une série d'accords avec Paul Martin."
    assert of_type(nlp, text, [MARTIN, DUPONT], "agreement")
