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
