"""Whom a subject pronoun or a description takes up from the sentences before (issue 19): the
subject of the main clause before the subject of a clause set in front of it ("Alors que X
critique ..., Y annonce ... Il appelle": Y), whatever the event's type
(participants.main_clause_subject). Sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, roles, run, typed  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
MOREL = ("Jean Morel", "Jean Morel", "person")
PETIT = ("Luc Petit", "Luc Petit", "person")


def said(events, word):
    return [e for e in events if e.event_type == "statement" and word in e.trigger]


def test_a_pronoun_takes_up_the_main_clause_subject(nlp):
    text = ("Alors que Paul Martin critique la réforme des retraites, Jean Morel annonce lundi "
            "qu'il votera contre le texte. Il appelle les élus du centre à faire de même.")
    [ev] = said(run(nlp, text, [MARTIN, MOREL]), "appelle")
    assert "Paul Martin" not in roles(ev), ev
    assert roles(ev).get("Jean Morel") == "source"


def test_a_description_takes_up_the_main_clause_subject(nlp):
    text = ("Alors que Paul Martin et Luc Petit appellent à soutenir le maire sortant, Jean Morel "
            "annonce mardi qu'il s'abstiendra. L'ancien ministre a dénoncé un choix de "
            "facilité.")
    [ev] = said(run(nlp, text, [MARTIN, PETIT, MOREL]), "dénoncé")
    assert "Paul Martin" not in roles(ev) and "Luc Petit" not in roles(ev), ev
    assert roles(ev).get("Jean Morel") == "source"


def test_a_meeting_pronoun_takes_up_the_main_clause_subject(nlp):
    text = ("Quand Paul Martin a quitté la salle du conseil, Jean Morel a pris la parole devant "
            "les élus. Il a ensuite rencontré les représentants des syndicats.")
    [ev] = typed(run(nlp, text, [MARTIN, MOREL]), "meeting")
    assert "Paul Martin" not in roles(ev), ev
    assert "Jean Morel" in roles(ev)


# controls: what must stay

def test_a_main_clause_subject_named_first_stays(nlp):
    text = ("Jean Morel a annoncé lundi qu'il votera contre le texte, alors que Paul Martin "
            "soutient la réforme. Il appelle les élus du centre à faire de même.")
    [ev] = said(run(nlp, text, [MARTIN, MOREL]), "appelle")
    assert roles(ev).get("Jean Morel") == "source", ev


def test_the_subordinate_subject_is_taken_when_the_main_clause_names_no_one(nlp):
    text = ("Alors que Paul Martin critique la réforme des retraites, le débat reprend lundi à "
            "l'Assemblée. Il appelle les élus du centre à voter contre le texte.")
    [ev] = said(run(nlp, text, [MARTIN]), "appelle")
    assert roles(ev).get("Paul Martin") == "source", ev
