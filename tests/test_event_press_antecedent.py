"""A meeting noun that points back to a press interview already told ("Dans cette interview, il
demande ... Au cours de cet entretien, X répond") is the same interview told again, no meeting
(issue 19, branch issue-19-meet5): events/press_antecedent.py, option not_press_antecedent of
'entretien' and 'conversation'. French sentences written for these tests; each negative test
fails without the rule, the controls pass with and without it."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]


def test_the_interview_told_again_is_no_meeting(nlp):
    text = ("Intro. Dans cette interview, Paul Martin demande un nouveau budget pour les écoles. "
            "Au cours de cet entretien, Paul Martin répond aussi à Claire Dupont.")
    assert not meetings(nlp, text, MARTIN + DUPONT)


def test_an_interview_to_a_paper_then_named_entretien_is_no_meeting(nlp):
    text = ("Intro. En avril, une interview au journal régional fait dire à Paul Martin qu'il "
            "n'est l'obligé de personne. L'entretien de Paul Martin est modifié avant sa publication.")
    assert not meetings(nlp, text, MARTIN)


def test_journalists_met_then_their_entretien_is_no_meeting(nlp):
    text = ("Intro. Paul Martin a rencontré plusieurs journalistes et a reconnu des erreurs. "
            "Il évoque tous les sujets. Le magazine dévoile cet entretien de Paul Martin.")
    found = meetings(nlp, text, MARTIN)
    assert not [e for e in found if "entretien" in e.trigger]


def test_a_talk_told_again_after_a_meeting_stays(nlp):
    text = ("Intro. Paul Martin a reçu Claire Dupont mardi à Lille. "
            "Au cours de cet entretien, les deux responsables ont parlé de la réforme.")
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_a_talk_with_someone_after_an_interview_stays(nlp):
    text = ("Intro. Dans cette interview, Paul Martin défend sa réforme. "
            "L'entretien avec Claire Dupont, mardi à Lille, a duré deux heures.")
    assert [e for e in meetings(nlp, text, MARTIN + DUPONT) if "entretien" in e.trigger]


def test_a_talk_told_after_a_meeting_a_paper_reports_stays(nlp):
    # the paper is where the meeting is read ("selon X", "d'après X"), not whom it was held with
    text = ("Intro. Selon Ouest-France, Paul Martin a reçu Claire Dupont pendant une heure à Lille. "
            "À la sortie de cet entretien, Paul Martin a présenté son ministre.")
    assert meetings(nlp, text, MARTIN + DUPONT + [("Ouest-France", "Ouest-France", "organization")])


def test_a_meeting_a_paper_reports_stays(nlp):
    text = "Intro. D'après Ouest-France, Paul Martin a reçu Claire Dupont pendant une heure à Lille."
    assert meetings(nlp, text, MARTIN + DUPONT + [("Ouest-France", "Ouest-France", "organization")])


def test_a_meeting_a_paper_relays_stays(nlp):
    text = ("Intro. Comme le relaie Ouest-France, Paul Martin a reçu Claire Dupont pendant une heure. "
            "À la sortie de cet entretien, Paul Martin a présenté son ministre.")
    assert meetings(nlp, text, MARTIN + DUPONT + [("Ouest-France", "Ouest-France", "organization")])
