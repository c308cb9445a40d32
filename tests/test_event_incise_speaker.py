"""The subject written after a verb of saying that tags a quote ("« ... », a réagi X", "...,
a assuré jeudi X") is the subject a pronoun or description of the next sentence takes up, as a
subject written before its verb is (events/incise_speaker.py). Sentences written for these
tests."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

MOREL = ("Jean Morel", "Jean Morel", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
DURAND = ("Claire Durand", "Claire Durand", "person")


def said(events, word):
    return [e for e in events if e.event_type == "statement" and word in e.trigger]


def test_il_takes_up_the_speaker_of_an_unquoted_tag(nlp):
    text = ("Jean Morel a critiqué le projet de loi mardi à Lyon. Les syndicats ne céderont pas, "
            "a assuré jeudi Paul Martin. Il appelle à la grève générale.")
    [ev] = said(run(nlp, text, [MOREL, MARTIN]), "appelle")
    assert "Jean Morel" not in roles(ev), ev
    assert roles(ev).get("Paul Martin") == "source"


def test_a_description_takes_up_the_speaker_of_a_tag_after_an_adjunct(nlp):
    text = ("Jean Morel a défendu l'affiche lundi. Il faut en rire, a réagi auprès de la "
            "presse locale Paul Martin, le maire de la ville. Le maire a dénoncé des réactions "
            "outrées.")
    [ev] = said(run(nlp, text, [MOREL, MARTIN]), "dénoncé")
    assert "Jean Morel" not in roles(ev), ev
    assert roles(ev).get("Paul Martin") == "source"


def test_a_tag_with_its_own_clitic_names_no_speaker_after_it(nlp):
    text = ("Claire Durand a critiqué le projet de loi mardi. « Nous ne céderons pas », "
            "a-t-elle dit à Paul Martin. Elle appelle à la grève générale.")
    [ev] = said(run(nlp, text, [DURAND, MARTIN]), "appelle")
    assert "Paul Martin" not in roles(ev), ev


def test_a_verb_of_another_kind_after_a_comma_names_no_speaker(nlp):
    text = ("Jean Morel a critiqué le projet de loi mardi. Les manifestants sont partis de la "
            "gare, ont rejoint jeudi Paul Martin devant la mairie. Il appelle à la grève générale.")
    [ev] = said(run(nlp, text, [MOREL, MARTIN]), "appelle")
    assert "Paul Martin" not in roles(ev), ev
    assert roles(ev).get("Jean Morel") == "source"
