"""The lawyer of someone takes no part in the legal action done to them, unless the lawyer files
it, is its agent or is the one acted on (events/lawyers.py); a lawyer is no authority of the act
(legal.authority_words). French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Durand", "Claire Durand", "person"),
          ("Jean Petit", "Jean Petit", "person"), ("Iran", "Iran", "country")]


def legal(nlp, text):
    return typed(run(nlp, text, PEOPLE), "legal_action")


def test_the_lawyer_of_the_one_held_takes_no_part(nlp):
    found = legal(nlp, "Intro. L'avocate de Paul Martin, Claire Durand, était présente lors de son arrestation "
                       "mardi.")
    assert found and "Paul Martin" in names(found[0]) and "Claire Durand" not in names(found[0])


def test_a_lawyer_in_apposition_takes_no_part(nlp):
    found = legal(nlp, "Intro. Claire Durand, avocate de la famille, a indiqué que l'enquête visait un voisin.")
    assert not any("Claire Durand" in names(e) for e in found)


def test_the_lawyer_of_an_unnamed_client_held_abroad_takes_no_part(nlp):
    found = legal(nlp, "Intro. Selon l'un de ses avocats, Claire Durand, la chercheuse a été assignée à "
                       "résidence mardi.")
    assert not any("Claire Durand" in names(e) for e in found)


def test_the_lawyer_who_files_the_complaint_stays(nlp):
    found = legal(nlp, "Intro. L'avocat de Paul Martin, Jean Petit, a déposé une plainte mardi.")
    assert found and "Jean Petit" in names(found[0])


def test_the_lawyer_who_is_arrested_stays(nlp):
    found = legal(nlp, "Intro. Jean Petit, l'avocat de Paul Martin, a été arrêté en Iran.")
    assert found and "Jean Petit" in names(found[0])


def test_a_lawyer_with_no_client_told_stays(nlp):
    found = legal(nlp, "Intro. L'avocate Claire Durand a été condamnée à cinq ans de prison.")
    assert found and "Claire Durand" in names(found[0])
