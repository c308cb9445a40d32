"""A world war's actors are states and armed forces (events/belligerents.py); hurting and taking
away by a disease or an accident is no attack (the lexicon's not_context natural_cause on
'blesser' and 'enlever'). French sentences written for these tests: each rule loses its false
event or actor and keeps a true one."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
DUPONT = ("Claire Dupont", "Claire Dupont", "person")


def attacks(nlp, text, actors):
    return typed(run(nlp, text, actors), "attack")


def test_who_speaks_of_a_world_war_is_no_party_to_it(nlp):
    text = ("Intro. Paul Martin a rappelé que Claire Dupont avait été un grand soldat pendant la "
            "Première Guerre mondiale.")
    assert attacks(nlp, text, [MARTIN, DUPONT]) == []


def test_a_paper_beside_a_world_war_is_no_party_to_it(nlp):
    text = "Intro. Dans son entretien au Figaro, Paul Martin a évoqué la Seconde Guerre mondiale."
    assert attacks(nlp, text, [MARTIN, ("Figaro", "Le Figaro", "organization")]) == []


def test_an_army_in_a_world_war_stays(nlp):
    text = "Intro. L'Armée rouge a libéré la ville pendant la Seconde Guerre mondiale, a rappelé Paul Martin."
    found = attacks(nlp, text, [("Armée rouge", "Armée rouge", "organization"), MARTIN])
    assert found and all(names(e) == {"Armée rouge"} for e in found)


def test_a_state_in_a_world_war_stays(nlp):
    text = "Intro. La Pologne a été envahie par l'Allemagne au début de la Seconde Guerre mondiale."
    found = attacks(nlp, text, [("Pologne", "Pologne", "country"), ("Allemagne", "Allemagne", "country")])
    assert found and all(names(e) <= {"Pologne", "Allemagne"} for e in found)


def test_another_war_keeps_its_people(nlp):
    text = "Intro. Les miliciens de Paul Martin ont bombardé la ville pendant la guerre civile."
    assert any("Paul Martin" in names(e) for e in attacks(nlp, text, [MARTIN]))


def test_taken_away_by_a_disease_is_no_kidnapping(nlp):
    text = "Intro. Le Covid-19 a enlevé à Claire Dupont son père, Paul Martin."
    assert attacks(nlp, text, [MARTIN, DUPONT]) == []


def test_hurt_in_an_accident_is_no_attack(nlp):
    text = "Intro. Paul Martin a été blessé dans un accident de la route mardi."
    assert attacks(nlp, text, [MARTIN]) == []


def test_a_kidnapping_and_a_wounding_stay(nlp):
    text = "Intro. Des hommes armés ont enlevé Paul Martin mardi à Bogota."
    assert attacks(nlp, text, [MARTIN])
    text = "Intro. Paul Martin a été blessé par balle mardi à Bogota."
    assert attacks(nlp, text, [MARTIN])
