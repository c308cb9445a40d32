"""Aid, sanctions and arms transfers in another sense, on French sentences written for these
tests: goods that are weapons only when told so (events/war_materiel.py); an evacuation that
clears a place or removes people by the forces of order (events/clearing.py); an aid verb
whose object is an account or a fight (events/aid_sense.gives_an_account); a verb of handing
over with a bare singular object, a light-verb idiom (events/light_verb.py); restrictive
measures against an epidemic (events/health_measures.py)."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

STATES = [("Chili", "Chili", "country"), ("Pérou", "Pérou", "country")]


def of_type(nlp, text, etype):
    return [e for e in run(nlp, text, STATES) if e.event_type == etype]


# goods that are weapons only when told so

def test_equipment_for_schools_is_no_arms_transfer(nlp):
    text = "Intro. Le Pérou attend la fourniture des équipements de protection promis par le Chili."
    assert not of_type(nlp, text, "arms_transfer")


def test_materiel_alone_is_no_arms_transfer(nlp):
    text = "Intro. Le Chili a livré du matériel au Pérou pour les écoles."
    assert not of_type(nlp, text, "arms_transfer")


def test_airliners_sold_are_no_arms_transfer(nlp):
    text = "Intro. Le Chili a vendu trois avions de ligne au Pérou."
    assert not of_type(nlp, text, "arms_transfer")


def test_military_materiel_is_kept(nlp):
    text = "Intro. Le Chili a livré du matériel militaire au Pérou."
    assert of_type(nlp, text, "arms_transfer")


def test_warships_and_fighters_are_kept(nlp):
    assert of_type(nlp, "Intro. Le Chili a vendu des navires de guerre au Pérou.", "arms_transfer")
    assert of_type(nlp, "Intro. Le Chili a vendu douze avions de combat au Pérou.", "arms_transfer")


def test_equipment_handed_to_paramilitary_forces_is_kept(nlp):
    text = "Intro. Le Chili a fourni aux forces paramilitaires du Pérou des équipements et des radios."
    assert of_type(nlp, text, "arms_transfer")


def test_missiles_are_kept(nlp):
    assert of_type(nlp, "Intro. Le Chili a vendu des missiles au Pérou.", "arms_transfer")


# a bare singular object: a light-verb idiom

def test_give_rise_to_is_no_arms_transfer(nlp):
    text = "Intro. La crise a donné lieu à une passe d'armes entre le Chili et le Pérou."
    assert not of_type(nlp, text, "arms_transfer")


def test_arms_given_are_kept(nlp):
    assert of_type(nlp, "Intro. Le Chili a donné des armes au Pérou.", "arms_transfer")


# an evacuation that clears a place, or removes people by the forces of order

def test_premises_cleared_on_an_alarm_are_no_aid(nlp):
    text = "Intro. Une alarme a imposé l'évacuation de l'immeuble du Chili."
    assert not of_type(nlp, text, "aid")


def test_an_evacuation_ordered_by_the_police_is_no_aid(nlp):
    text = ("Intro. Les forces de police du Chili sont entrées dans l'ambassade du Pérou et ont "
            "ordonné l'évacuation des personnes présentes.")
    assert not of_type(nlp, text, "aid")


def test_people_removed_by_the_police_are_no_aid(nlp):
    text = "Intro. Les militants du Pérou ont été évacués par la police du Chili."
    assert not of_type(nlp, text, "aid")


def test_the_wounded_evacuated_are_kept(nlp):
    text = "Intro. Le Chili a organisé l'évacuation des blessés vers le Pérou."
    assert of_type(nlp, text, "aid")


# an aid verb whose object is an account

def test_testimony_given_is_no_aid(nlp):
    text = "Intro. Les victimes du séisme au Pérou ont tenu à livrer leur témoignage de sinistrés."
    assert not of_type(nlp, text, "aid")


def test_food_supplied_to_the_stricken_is_kept(nlp):
    text = "Intro. Le Chili a fourni des vivres aux sinistrés du Pérou."
    assert of_type(nlp, text, "aid")


# restrictive measures against an epidemic

def test_measures_against_an_epidemic_are_no_sanction(nlp):
    text = "Intro. Le Pérou a adopté des mesures restrictives pour tenter de contenir l'épidémie."
    assert not of_type(nlp, text, "sanction")


def test_measures_against_a_state_are_kept(nlp):
    text = "Intro. Le Chili a adopté des mesures restrictives contre le Pérou malgré la pandémie."
    assert of_type(nlp, text, "sanction")
