"""A capitalised word the NER glues before a person's name: the end of a portfolio or a
noun after its article ("de la Santé", "au Trésor"), or a platform ("son compte Twitter").
Sentences are written for these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.actors import extract_actors, gazetteer
from newsledger.extract.actors.ner import glued_word_person
from newsledger.extract.article import sentences_of
from newsledger.extract.nlp import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def names(nlp, text):
    doc = nlp(text)
    return {a.canonical_name for a in extract_actors(doc, sentences_of(doc))}


def test_portfolio_word_after_its_article_is_cut_off_the_name(nlp):
    found = names(nlp, "Le débat est vif, souligne à l'AFP le professeur en droit de la Santé "
                       "Steven Malkin: \"Les règles changent.\"")
    assert "Steven Malkin" in found
    assert not any(n.startswith("Santé") for n in found)


def test_contracted_article_before_a_portfolio_word(nlp):
    found = names(nlp, "Le plan a été présenté jeudi par le secrétaire américain au Trésor Steven Malkin.")
    assert "Steven Malkin" in found
    assert not any(n.startswith("Trésor") for n in found)


def test_platform_glued_before_the_writer(nlp):
    found = names(nlp, "\"Nous sommes solidaires\", a écrit samedi soir sur son compte Twitter "
                       "Steven Malkin, le président du parti.")
    assert "Steven Malkin" in found
    assert not any(n.startswith("Twitter") for n in found)


def test_word_opening_an_organization_stays():
    doc = get_nlp()("Le rapport a été publié par la Fondation Steven Malkin pour la recherche.")
    start = doc.text.index("Fondation")
    end = doc.text.index(" pour")
    assert glued_word_person(doc, start, end, "ORG", gazetteer()) == (start, "ORG")


def test_name_of_words_of_french_after_a_platform_stays():
    doc = get_nlp()("Le mouvement Twitter Bleu Marine a publié un texte.")
    start = doc.text.index("Twitter")
    end = doc.text.index(" a publié")
    assert glued_word_person(doc, start, end, "ORG", gazetteer()) == (start, "ORG")


def test_first_name_after_a_preposition_stays(nlp):
    found = names(nlp, "La réforme a été saluée par Marine Dufresnel et par Pierre Henri Vasseur.")
    assert "Marine Dufresnel" in found
    assert "Pierre Henri Vasseur" in found
