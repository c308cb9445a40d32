"""Who wrote or published the text a legal action is told in takes no part in it
(events/writing_author.py). French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Marc Dubois", "Marc Dubois", "person"),
          ("Sophie Leroy", "Sophie Leroy", "person")]


def legal(nlp, text):
    return typed(run(nlp, text, PEOPLE), "legal_action")


def test_the_authors_of_the_article_take_no_part(nlp):
    found = legal(nlp, "Intro. Dans cet article de Sophie Leroy et Marc Dubois, il est question d'une "
                       "plainte déposée en 2008.")
    assert not any(names(e) & {"Sophie Leroy", "Marc Dubois"} for e in found)


def test_the_author_of_the_book_takes_no_part(nlp):
    found = legal(nlp, "Intro. Dans le dernier livre de Sophie Leroy, il est question d'une enquête ouverte "
                       "en 2010.")
    assert not any("Sophie Leroy" in names(e) for e in found)


def test_the_one_held_stays_beside_the_author(nlp):
    found = legal(nlp, "Intro. Dans un article de Sophie Leroy, on apprend que Paul Martin a été arrêté lundi.")
    assert found and "Paul Martin" in names(found[0]) and "Sophie Leroy" not in names(found[0])


def test_an_author_sued_over_the_article_stays(nlp):
    found = legal(nlp, "Intro. Paul Martin a porté plainte contre un article de Sophie Leroy.")
    assert found and {"Paul Martin", "Sophie Leroy"} <= names(found[0])
