"""The post of an appointment is no actor of it (events/election.py post_indices), on French
sentences written for these tests: a name found only in the complement that names the post ("à
la Cour X", "à la tête de X", "auprès du ministre X") goes, and an appointment left with no
actor is none; the appointee and the one who appoints stay."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
COUR = ("Cour des comptes", "Cour des comptes", "organization")
RADIO = ("Radio Nord", "Radio Nord", "organization")
UDI = ("UDI", "UDI", "organization")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_an_appointment_named_only_with_its_post_is_none(nlp):
    text = "Intro. Nommée en 2001 à la Cour des comptes, elle y a défendu les finances publiques."
    assert not elections(nlp, text, [COUR])


def test_the_minister_one_is_appointed_beside_takes_no_part(nlp):
    text = ("Intro. Elle a été nommée mardi ministre déléguée auprès du ministre de l'Intérieur, "
            "Paul Martin (UDI).")
    assert not elections(nlp, text, [MARTIN, UDI])


def test_the_appointee_stays_and_the_post_goes(nlp):
    text = "Intro. La nomination de Claire Dupont à la tête de Radio Nord a été critiquée."
    found = elections(nlp, text, [DUPONT, RADIO])
    assert found and "Claire Dupont" in names(found) and "Radio Nord" not in names(found)


def test_who_appoints_and_who_is_appointed_stay(nlp):
    text = "Intro. Paul Martin a nommé Claire Dupont à la Cour des comptes mardi."
    found = elections(nlp, text, [MARTIN, DUPONT, COUR])
    assert found and {"Paul Martin", "Claire Dupont"} <= names(found)
    assert "Cour des comptes" not in names(found)


def test_an_election_keeps_the_body_one_is_elected_to(nlp):
    text = "Intro. Claire Dupont a été élue à la Cour des comptes mardi."
    found = elections(nlp, text, [DUPONT, COUR])
    assert found and "Claire Dupont" in names(found)


def test_a_person_the_parse_hangs_under_the_office_stays(nlp):
    text = ("Intro. Le président a surpris en nommant Claire Dupont à l'Économie et Paul Martin à "
            "la Culture, a estimé mardi un sénateur.")
    found = elections(nlp, text, [DUPONT, MARTIN])
    assert found and {"Claire Dupont", "Paul Martin"} <= names(found)
    text = "Intro. La nomination à l'Économie de Claire Dupont suscite toujours la colère des syndicats."
    found = elections(nlp, text, [DUPONT])
    assert found and "Claire Dupont" in names(found)


def test_the_minister_beside_a_title_takes_no_part(nlp):
    text = ("Intro. Elle a été nommée jeudi secrétaire d'État chargée du numérique auprès du ministre "
            "de l'Économie et des finances publiques, Paul Martin (UDI).")
    assert not elections(nlp, text, [MARTIN, UDI])


def test_the_minister_beside_whom_one_is_appointed_on_a_day_takes_no_part(nlp):
    # the parse hangs "auprès de ..." on "lundi"
    text = "Intro. Elle a été nommée lundi ministre déléguée auprès de la ministre de la Culture, Claire Dupont."
    assert not elections(nlp, text, [DUPONT])


def test_a_name_run_on_after_the_minister_beside_stays(nlp):
    text = ("Intro. Très discrète depuis sa nomination en mars dernier au ministère de la Culture et du "
            "patrimoine, la secrétaire d'État auprès de Paul Martin Claire Dupont s'est fait entendre.")
    found = elections(nlp, text, [MARTIN, DUPONT])
    assert found and "Claire Dupont" in names(found)
