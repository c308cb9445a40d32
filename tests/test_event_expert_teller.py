"""An expert presented by an apposition who only speaks of a happening takes no part in it
(events/expert_teller.py). Invented sentences."""
from newsledger.extract.article import extract_texts


def actors_of(text, etype):
    facts = next(iter(extract_texts([(text, "2020-01-01")])))
    return [{a.canonical_name: a.role for a in e.actors} for e in facts.events if e.event_type == etype]


def test_credited_view_of_a_law_professor_on_a_detention():
    text = ("Pour Paul Durand, professeur de droit à l'université de Lyon, les dix mois de détention "
            "des deux journalistes visent à obtenir des aveux.")
    assert all("Paul Durand" not in a for a in actors_of(text, "legal_action"))


def test_political_scientist_telling_of_an_election():
    text = ("Marc Lefort, politologue à l'université de Genève, estime que le scrutin de dimanche "
            "sera serré entre Jean Morel et Pierre Vidal.")
    assert all("Marc Lefort" not in a for a in actors_of(text, "election"))


def test_control_researcher_arrested_stays():
    text = "Paul Durand, chercheur au CNRS, a été arrêté mardi à Téhéran par les Gardiens de la révolution."
    assert any(a.get("Paul Durand") == "target" for a in actors_of(text, "legal_action"))


def test_control_noun_before_the_name_stays():
    text = "Le sociologue Paul Durand a été arrêté mardi à Téhéran."
    assert any("Paul Durand" in a for a in actors_of(text, "legal_action"))


def test_employer_of_a_credited_political_scientist_leaves_a_protest():
    text = ("Selon Marc Lefort, politologue à l'université de Genève, les manifestations de samedi "
            "à Dakar ont rassemblé des milliers de jeunes.")
    assert all("université de Genève" not in a and "Marc Lefort" not in a for a in actors_of(text, "protest"))
