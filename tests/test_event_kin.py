"""A person named only as another's relative ("la nièce de X") acts or undergoes the event; X
takes no part in it, whatever its type (events/kin.py). Who pays tribute to the victims of an
attack or mourns them takes no part in the attack (events/victim_carers.py, data/legal.json
tribute_noun). French sentences written for these tests; the real parties stay."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Durand", "Claire Durand", "person"),
          ("Jean Petit", "Jean Petit", "person"), ("Front du Nord", "Front du Nord", "organization")]


def events(nlp, text, event_type):
    return typed(run(nlp, text, PEOPLE), event_type)


def test_the_niece_demonstrates_not_her_aunt(nlp):
    found = events(nlp, "Intro. La nièce de Claire Durand a raconté qu'elle s'était rendue samedi à Lyon "
                        "pour manifester avec les grévistes.", "protest")
    assert not any("Claire Durand" in names(e) for e in found)


def test_the_favourite_son_appeals_not_his_father(nlp):
    found = events(nlp, "Intro. En mars, celui qui est considéré comme le fils préféré de Paul Martin avait "
                        "lancé un appel pour unifier les combattants.", "statement")
    assert not any("Paul Martin" in names(e) for e in found)


def test_the_one_named_beside_his_daughter_stays(nlp):
    found = events(nlp, "Intro. Paul Martin et sa fille ont manifesté samedi à Lyon contre la réforme.",
                   "protest")
    assert found and "Paul Martin" in names(found[0])


def test_the_one_a_possessive_takes_up_stays(nlp):
    found = events(nlp, "Intro. Le préfet a reçu mardi la famille de Paul Martin, ouvrier mort à Lyon lors de "
                        "son arrestation par des gendarmes.", "legal_action")
    assert found and "Paul Martin" in names(found[0])


def test_the_relative_named_by_name_stays(nlp):
    found = events(nlp, "Intro. Jean Petit, le fils de Paul Martin, a été arrêté mardi par la police.",
                   "legal_action")
    assert found and "Jean Petit" in names(found[0]) and "Paul Martin" not in names(found[0])


def test_who_lays_a_wreath_for_the_victims_takes_no_part(nlp):
    found = events(nlp, "Intro. Une gerbe a été déposée par Paul Martin en hommage aux victimes des "
                        "attentats commis par le Front du Nord.", "attack")
    assert found and "Front du Nord" in names(found[0]) and "Paul Martin" not in names(found[0])


def test_a_pronoun_paying_tribute_is_no_attacker(nlp):
    found = events(nlp, "Intro. Paul Martin est arrivé lundi. Il a déposé une gerbe de fleurs devant la salle "
                        "en hommage aux victimes des attentats de novembre.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_a_warm_tribute_to_the_victims(nlp):
    found = events(nlp, "Intro. Claire Durand a rendu un hommage appuyé aux victimes de l'attentat commis "
                        "par le Front du Nord.", "attack")
    assert found and "Front du Nord" in names(found[0]) and "Claire Durand" not in names(found[0])


def test_the_attacker_still_stays(nlp):
    found = events(nlp, "Intro. Le Front du Nord a revendiqué l'attentat qui a fait douze victimes mardi.",
                   "attack")
    assert found and "Front du Nord" in names(found[0])
