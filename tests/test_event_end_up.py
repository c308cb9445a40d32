""""se retrouver" in its copular sense with a prepositional attribute of state (issue 19, branch
issue-19-meet8), on French sentences written for these tests: events/end_up.py (option
not_end_state, contexts.end_up_state) drops "se sont retrouvés sans emploi", "dans une
situation délicate", "au chômage" (to end up so), and keeps the meeting told with a place, a
partner or a purpose ("se sont retrouvés dans un restaurant", "avec X", "pour un déjeuner")."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
UNION = [("Union des ouvriers", "Union des ouvriers", "organization")]


def test_ending_up_without_a_job_is_no_meeting(nlp):
    text = "Intro. Les salariés de l'Union des ouvriers se sont retrouvés sans emploi après la fermeture de l'usine."
    assert not meetings(nlp, text, UNION)


def test_ending_up_in_a_situation_is_no_meeting(nlp):
    text = "Intro. Paul Martin et Claire Dupont se sont retrouvés dans une situation délicate après le vote."
    assert not meetings(nlp, text, MARTIN + DUPONT)


def test_ending_up_out_of_work_is_no_meeting(nlp):
    text = "Intro. Les adhérents de l'Union des ouvriers se sont retrouvés au chômage en quelques semaines."
    assert not meetings(nlp, text, UNION)


def test_meeting_in_a_place_stays(nlp):
    text = "Intro. Paul Martin et Claire Dupont se sont retrouvés mardi dans un restaurant de Lyon."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_meeting_for_a_lunch_stays(nlp):
    text = "Intro. Paul Martin et Claire Dupont se sont retrouvés pour un déjeuner à Paris jeudi."
    assert meetings(nlp, text, MARTIN + DUPONT)


# branch issue-19-motion: an attribute the parser hangs by another relation, "avec" + a thing


def test_ending_up_destitute_is_no_meeting_but_a_lunch_stays(nlp):
    """An adjective attribute tagged as a modifier ("démunis"): to end up so; the same
    subjects meeting for a lunch stay."""
    text = "Intro. Paul Martin et Claire Dupont se sont retrouvés démunis après la fermeture de l'usine."
    assert not meetings(nlp, text, MARTIN + DUPONT)
    text = "Intro. Paul Martin et Claire Dupont se sont retrouvés pour un déjeuner à Paris jeudi."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_ending_up_with_a_debt_is_no_meeting_but_with_a_partner_stays(nlp):
    """"se retrouver avec" + a thing: to be left with it; with a person it is a meeting."""
    text = "Intro. Paul Martin s'est retrouvé avec une dette énorme après le vote."
    assert not meetings(nlp, text, MARTIN)
    text = "Intro. Paul Martin s'est retrouvé avec Claire Dupont mardi à Genève."
    assert meetings(nlp, text, MARTIN + DUPONT)


def test_several_left_with_debts_is_no_meeting_but_face_to_face_stays(nlp):
    """A plural subject does not make "se retrouver avec des dettes" a meeting; "nez-à-nez
    avec" someone is an encounter, whatever the noun."""
    text = "Intro. Paul Martin et Claire Dupont se sont retrouvés avec des dettes énormes."
    assert not meetings(nlp, text, MARTIN + DUPONT)
    text = "Intro. Paul Martin s'est retrouvé nez-à-nez avec un retraité qui l'a interpellé."
    assert meetings(nlp, text, MARTIN)


# branch issue-19-prot: "se retrouver devant" a court or a judge is to appear in court
def test_appearing_before_a_judge_is_no_meeting(nlp):
    text = "Intro. Paul Martin et Claire Dupont se sont retrouvés vendredi devant un juge de Lyon, pour la première fois."
    assert not meetings(nlp, text, MARTIN + DUPONT)


def test_appearing_before_the_courts_is_no_meeting_but_before_a_palace_stays(nlp):
    assert not meetings(nlp, "Intro. Trois ans après l'affaire, Paul Martin et Claire Dupont se retrouvent devant la justice.",
                        MARTIN + DUPONT)
    assert meetings(nlp, "Intro. Paul Martin et Claire Dupont se sont retrouvés mardi devant le palais de l'Élysée.",
                    MARTIN + DUPONT)
