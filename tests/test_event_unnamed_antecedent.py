"""The one acted on, taken up by a pronoun from the subject of the sentence before, a noun of
people that names no one: the names elsewhere in that sentence are not it
(events/unnamed_antecedent.py). French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Durand", "Claire Durand", "person"),
          ("Le Courrier", "Le Courrier", "organization"), ("marocains", "Maroc", "country")]


def legal(nlp, text):
    return typed(run(nlp, text, PEOPLE), "legal_action")


def released(found):
    return [e for e in found if "libér" in e.trigger]


def test_a_pronoun_taking_up_unnamed_men_names_no_prosecutor(nlp):
    found = legal(nlp, "Intro. Le jugement comporte des erreurs de droit, estime Mme Claire Durand. Les deux "
                       "hommes ont été reconnus non coupables de crimes commis en 2010. Ils ont été libérés "
                       "sous conditions en 2019.")
    assert not any("Claire Durand" in names(e) for e in released(found))


def test_a_pronoun_taking_up_an_unnamed_attacker_names_no_medium(nlp):
    found = legal(nlp, "Intro. D'après Le Courrier, l'assaillant, abattu par la police, avait purgé une peine "
                       "de deux ans. Il a été libéré en janvier.")
    assert not any("Le Courrier" in names(e) for e in released(found))


def test_a_pronoun_taking_up_unnamed_suspects_names_no_nationality_of_victims(nlp):
    found = legal(nlp, "Intro. Les neuf personnes arrêtées mardi lors d'un coup de filet lié à l'enquête sur la "
                       "mort de vingt migrants marocains dans un camion en octobre ont été mises en examen, "
                       "a-t-on appris samedi. Elles ont toutes été mises en examen vendredi pour vol.")
    assert not any("Maroc" in names(e) for e in found)


# controls: a named subject, a title and a noun of the other gender are left as they were
def test_a_named_subject_before_is_taken_up(nlp):
    found = legal(nlp, "Intro. Paul Martin a été jugé en 2019. Il a été libéré en mars.")
    assert released(found) and "Paul Martin" in names(released(found)[0])


def test_a_title_subject_is_left_to_the_rules_of_offices(nlp):
    found = legal(nlp, "Intro. Paul Martin a été arrêté en 2019. Le ministre avait été jugé en secret. "
                       "Il a été libéré en mars.")
    assert released(found) and "Paul Martin" in names(released(found)[0])


def test_a_noun_of_another_gender_is_not_taken_up(nlp):
    found = legal(nlp, "Intro. Paul Martin a été jugé en 2019. La victime avait témoigné longuement. "
                       "Il a été libéré en mars.")
    assert released(found) and "Paul Martin" in names(released(found)[0])
