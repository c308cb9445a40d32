"""Meeting nouns after a bare "en" that name a manner or a state (issue 19, branch
issue-19-meet7), on French sentences written for these tests: sense.is_bare_en_state
(contexts.bare_en_state) drops "vol en réunion" (an offence of several persons), "un texte
en discussion" (under debate), and keeps "en réunion avec X", "en discussion avec X", "en
réunion de groupe" and "réunis en sommet"."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
UNION = [("Union des ouvriers", "Union des ouvriers", "organization")]
LIGUE = [("Ligue des Balkans", "Ligue des Balkans", "organization")]


def test_an_offence_committed_en_reunion_is_no_meeting(nlp):
    text = "Intro. Deux proches de Paul Martin ont été poursuivis pour vol en réunion mardi."
    assert not meetings(nlp, text, MARTIN)


def test_a_text_en_discussion_is_no_meeting(nlp):
    text = "Intro. Le projet de loi défendu par Paul Martin, en discussion depuis mars, divise la majorité."
    assert not meetings(nlp, text, MARTIN)


def test_en_reunion_with_a_partner_stays(nlp):
    text = "Intro. Le ministre Paul Martin était en réunion avec Claire Dupont mardi à Lyon."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_en_discussion_with_a_partner_stays(nlp):
    text = "Intro. L'Union des ouvriers est en discussion avec Paul Martin depuis lundi sur les salaires."
    assert meetings(nlp, text, MARTIN + UNION)


def test_en_reunion_of_a_kind_stays(nlp):
    text = "Intro. Les députés de l'Union des ouvriers étaient en réunion de groupe mardi avec Paul Martin."
    assert meetings(nlp, text, MARTIN + UNION)


def test_reunis_en_sommet_stays(nlp):
    text = "Intro. Les dirigeants de la Ligue des Balkans, réunis en sommet lundi à Sofia, ont reçu Paul Martin."
    assert meetings(nlp, text, MARTIN + LIGUE)


def drills(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "military_exercise"]


def test_an_office_held_en_exercice_is_no_drill(nlp):
    text = ("Intro. Le président en exercice de la Ligue des Balkans, Paul Martin, a salué mardi "
            "les troupes de la Ligue des Balkans.")
    assert not drills(nlp, text, MARTIN + LIGUE)


def test_a_drill_with_its_own_adjective_stays(nlp):
    text = "Intro. Les soldats de la Ligue des Balkans ont mené lundi un exercice militaire avec Paul Martin."
    assert drills(nlp, text, MARTIN + LIGUE)
