"""Fights and clashes in another sense (issue 19, branch issue-19-attack6), on French sentences
written for these tests: a 'combat' in the singular with no word of arms in its own phrase is
the struggle for a cause (sense.is_figurative_singular, option singular_armed), and 'heurts'
with no word of a protest in the sentence are no protest (eval/GUIDELINES.md: clashes between
protesters or with police). Each rule loses its false event; the controls keep the true ones."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, event_type):
    return [e for e in run(nlp, text, actors) if e.event_type == event_type]


DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
LIGUE = [("Ligue des familles", "Ligue des familles", "organization")]
BORDURIE = [("Bordurie", "Bordurie", "country")]
SYLDAVIE = [("Syldavie", "Syldavie", "country")]


def test_a_cause_fought_for_is_no_attack(nlp):
    text = ("Intro. La ministre Claire Dupont mène ce combat depuis mars avec la Ligue des familles, "
            "après des violences dans un stade.")
    assert not of_type(nlp, text, DUPONT + LIGUE, "attack")


def test_a_struggle_that_bears_fruit_is_no_attack(nlp):
    text = ("Intro. Le combat des victimes et de la Ligue des familles porte ses fruits, a déclaré "
            "Claire Dupont devant des soldats.")
    assert not of_type(nlp, text, DUPONT + LIGUE, "attack")


def test_fighting_in_the_plural_stays(nlp):
    text = "Intro. De violents combats ont opposé mardi l'armée de Syldavie aux rebelles près de la frontière."
    assert of_type(nlp, text, SYLDAVIE, "attack")


def test_a_fight_with_a_word_of_arms_stays(nlp):
    text = "Intro. Un combat aérien a opposé mardi des avions de la Bordurie à l'aviation de la Syldavie."
    assert of_type(nlp, text, BORDURIE + SYLDAVIE, "attack")


def test_armed_clashes_are_no_protest(nlp):
    text = ("Intro. En 2016, des heurts avaient failli dégénérer en guerre entre la Bordurie et la "
            "Syldavie à leur frontière.")
    assert not of_type(nlp, text, BORDURIE + SYLDAVIE, "protest")


def test_clashes_of_protesters_with_the_police_stay(nlp):
    text = "Intro. En Bordurie, des heurts ont opposé samedi des manifestants à la police dans la capitale."
    assert of_type(nlp, text, BORDURIE, "protest")
