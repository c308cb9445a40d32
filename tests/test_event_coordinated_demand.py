"""A happening coordinated with what a verb asks for (reference.irrealis through
syntax.first_conjunct), on French sentences written for these tests: a later member of a
coordination shares the relation of its first member, so a release, an arrest or an inquiry
listed after another thing demanded is only demanded; one listed after a thing announced,
obtained or done stays told."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Ligue verte", "Ligue verte", "organization"), ("Serbie", "Serbie", "country")]


def legal(nlp, text):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == "legal_action"]


def test_a_release_demanded_after_jobs_is_no_release(nlp):
    assert not legal(nlp, "Intro. Les manifestants réclamaient des emplois et la libération de Paul Martin.")


def test_an_arrest_demanded_after_a_resignation_is_no_arrest(nlp):
    assert not legal(nlp, "Intro. La Ligue verte réclame la démission du ministre et l'arrestation de Paul Martin.")


def test_a_release_urged_after_another_infinitive_is_no_release(nlp):
    assert not legal(nlp, "Intro. Le texte appelle la Serbie à cesser les violences et à libérer Paul Martin.")


def test_a_release_announced_with_another_news_stays(nlp):
    found = legal(nlp, "Intro. Claire Dupont a annoncé la fin des combats et la libération de Paul Martin.")
    assert found and "Paul Martin" in {a.canonical_name for a in found[0].actors}


def test_a_release_obtained_with_guarantees_stays(nlp):
    assert legal(nlp, "Intro. La Serbie a obtenu des garanties et la libération de Paul Martin.")


def test_an_arrest_after_a_clause_of_wish_stays(nlp):
    assert legal(nlp, "Intro. Claire Dupont veut partir et Paul Martin a été arrêté.")


def test_participles_coordinated_after_a_done_arrest_stay(nlp):
    assert legal(nlp, "Intro. Paul Martin a été arrêté et inculpé.")
