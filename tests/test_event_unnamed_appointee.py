"""An appointment whose appointee is a new holder the sentence does not name (events/
unnamed_appointee.py), on French sentences written for these tests: "la nomination d'un nouveau
directeur", "un nouveau Premier ministre sera nommé". The people named beside it take no part
and an appointment left with no actor is none; the one who appoints (the subject of the active
verb, the agent "par X") and an appointee named in apposition stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
RADIO = ("Radio Nord", "Radio Nord", "organization")
SENAT = ("Sénat", "Sénat", "organization")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_who_serves_until_a_new_holder_is_appointed_takes_no_part(nlp):
    text = "Intro. Claire Dupont assure l'intérim jusqu'à la nomination d'un nouveau directeur."
    assert not elections(nlp, text, [DUPONT])


def test_a_new_holder_to_be_appointed_takes_none_of_the_sentence(nlp):
    text = ("Intro. Un nouveau Premier ministre sera nommé dans les prochains jours, tandis que "
            "Paul Martin va quitter son poste.")
    assert not elections(nlp, text, [MARTIN])


def test_the_landmark_of_an_indefinite_appointment_sweeps_no_one(nlp):
    text = "Intro. Depuis la nomination d'une nouvelle directrice, Claire Dupont n'a plus parlé à Paul Martin."
    assert not elections(nlp, text, [MARTIN, DUPONT])


def test_the_one_replaced_is_not_the_unnamed_appointee(nlp):
    text = "Intro. Paul Martin a nommé un nouveau ministre de la Santé après la démission de Claire Dupont."
    found = elections(nlp, text, [MARTIN, DUPONT])
    assert found and names(found) == {"Paul Martin"}


def test_the_one_who_appoints_stays(nlp):
    text = "Intro. Le président Paul Martin a nommé mardi un nouveau Premier ministre."
    assert names(elections(nlp, text, [MARTIN])) == {"Paul Martin"}


def test_the_agent_of_the_appointment_noun_stays(nlp):
    text = "Intro. La nomination d'un nouveau juge par le Sénat a été saluée par Paul Martin."
    assert "Sénat" in names(elections(nlp, text, [SENAT, MARTIN]))


def test_an_appointee_named_in_apposition_stays(nlp):
    text = "Intro. La nomination d'un nouveau directeur, Claire Dupont, a été annoncée par Radio Nord."
    assert "Claire Dupont" in names(elections(nlp, text, [DUPONT, RADIO]))


def test_a_possessive_appointment_to_head_a_new_body_keeps_its_appointee(nlp):
    text = ("Intro. Claire Dupont fait son retour avec sa nomination attendue jeudi à la tête d'un "
            "nouveau conseil.")
    assert "Claire Dupont" in names(elections(nlp, text, [DUPONT]))
