"""Place names the NER takes for persons, which the article describes as a town, a district or
a prison ("la ville de X", "la prison de X", "X, localité du nord", "plusieurs villes du pays,
dont X"): a place, no actor, and so no event's doer, target or participant. Persons described
by an office of the town ("le maire de la ville, X") stay. Sentences are written for these
tests; the town names are real towns that are also common surnames or first names."""
from __future__ import annotations

import pytest

from newsledger.extract.actors import extract_actors
from newsledger.extract.article import sentences_of
from newsledger.extract.nlp import get_nlp
from tests.article_events import actors_of_type


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def persons(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [m.surface for m in extract_actors(doc, sentences_of(doc)) if m.actor_type == "person"]


def test_complement_of_a_town_noun_is_no_person(nlp):
    assert "Nelson" not in persons(nlp, "Les bombardements sur la ville de Nelson ont fait des dizaines de morts, a dénoncé l'ONU.")
    assert "Marion" not in persons(nlp, "Des opposants ont été incarcérés dans la prison de Marion, selon Amnesty International.")


def test_names_after_dont_following_towns_are_no_persons(nlp):
    found = persons(nlp, "Des grèves ont éclaté dans plusieurs villes du pays, dont Jackson et Dayton.")
    assert "Jackson" not in found and "Dayton" not in found


def test_one_description_holds_for_the_whole_article(nlp):
    text = "L'attaque contre Lincoln, localité du nord, a été condamnée par la France. Le raid sur Lincoln a fait dix morts."
    assert "Lincoln" not in persons(nlp, text)


def test_events_do_not_list_the_town(nlp):
    assert actors_of_type("Les bombardements sur la ville de Nelson ont fait des dizaines de morts.", "attack") == []
    assert actors_of_type("Des opposants ont été incarcérés dans la prison de Marion.", "legal_action") == []
    assert all("Lincoln" not in names for names in actors_of_type(
        "L'attaque contre Lincoln, localité du nord, a été condamnée par la France.", "statement"))


def test_persons_beside_a_town_stay(nlp):
    # controls: a person in apposition to an office of the town, a town's inhabitant after
    # "dont", persons after "dont" following a noun of people, a mayor "de" a town
    assert "Jean Dupont" in persons(nlp, "Le maire de la ville, Jean Dupont, a rencontré dimanche Emmanuel Macron.")
    assert "Jean Dupont" in persons(nlp, "Jean Dupont, maire de la commune, a rencontré dimanche Emmanuel Macron.")
    assert "Marc Aubertin" in persons(nlp, "Plusieurs habitants de la ville, dont Marc Aubertin, ont manifesté samedi.")
    found = persons(nlp, "Plusieurs ministres, dont Jean Dupont et Paul Martin, ont manifesté samedi.")
    assert "Jean Dupont" in found and "Paul Martin" in found
    assert "Paul Martin" in persons(nlp, "L'ancien maire de Nelson, Paul Martin, a été arrêté lundi.")


def test_holders_headquarters_and_quoted_persons_stay(nlp):
    # controls: a holder named after his office's town without a comma, a headquarters
    # ("quartier général"), a participle "cité" after a name, a list the parser hangs on a town
    assert "Jean Dupont" in persons(nlp, "Le maire de la ville Jean Dupont a annoncé sa candidature lundi.")
    assert "Jean Dupont" in persons(nlp, "Les militants se sont réunis au quartier général de Jean Dupont dimanche soir.")
    assert "Jean Dupont" in persons(nlp, "« Je ne savais rien », a déclaré Jean Dupont, cité par le journal local.")
    assert "Jean Dupont" in persons(nlp, "La ville de Jean Dupont est devenue un symbole pour la droite.")
    found = persons(nlp, "La réunion a eu lieu dans le centre de la ville de Lyon, dont les anciens ministres Jean Dupont, "
                         "Paul Martin et Marc Aubertin étaient les invités.")
    assert "Paul Martin" in found and "Marc Aubertin" in found


def test_a_person_after_a_comma_and_a_clause_subject_stays(nlp):
    text = "Avec la mort de Jean Dupont, la métropole du nord est renvoyée à son passé. Jean Dupont avait 46 ans."
    assert "Jean Dupont" in persons(nlp, text)


def test_a_person_right_after_a_towns_phrase_stays(nlp):
    text = "Dans la ville septentrionale de Lincoln, Jean Dupont, 57 ans, a déclaré voter pour le président."
    assert "Jean Dupont" in persons(nlp, text)


def test_a_person_after_a_region_in_brackets_stays(nlp):
    text = "Il manque de l'oxygène, explique le responsable des médecins de la région de Lincoln (nord), Jean Dupont."
    assert "Jean Dupont" in persons(nlp, text)
