"""Fragments of names and run-ons the NER makes: a clause run into a name, a name cut short
before its last capitalised word, the words of an imperative taken for a name, a surname cut
from its article ("Pen" of "Le Pen"). Sentences are
written for these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.actors import extract_actors, gazetteer
from newsledger.extract.article import sentences_of
from newsledger.extract.actors.boundaries import clause_in_name, name_cut_short
from newsledger.extract.actors.ner import imperative_in_name
from newsledger.extract.nlp import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_clause_after_a_name_is_cut_at_its_clitic(nlp):
    text = "Selon lui, le Comité olympique les soutient depuis des années."
    doc = nlp(text)
    start, end = text.index("Comité"), text.index(" depuis")
    assert text[start:clause_in_name(doc, start, end)] == "Comité olympique"


def test_name_without_a_clause_keeps_its_end(nlp):
    text = "La Ligue des droits de l'homme a publié un rapport."
    doc = nlp(text)
    start, end = text.index("Ligue"), text.index(" a publié")
    assert clause_in_name(doc, start, end) == end


def test_name_cut_short_before_its_capitalised_last_word(nlp):
    text = "Le député Gaston Lebrun a défendu le texte, comme son collègue Marcel Peu hier."
    doc = nlp(text)
    start = text.index("Marcel")
    assert text[start:name_cut_short(doc, start, start + len("Marcel"), [], gazetteer())] == "Marcel Peu"


def test_name_followed_by_lower_case_or_a_known_name_keeps_its_end(nlp):
    text = "Le ministre Marcel Lebrun se rendra à Lyon, puis l'envoyé Paul Dumas ira en France."
    doc = nlp(text)
    g = gazetteer()
    start = text.index("Marcel")
    end = start + len("Marcel Lebrun")
    assert name_cut_short(doc, start, end, [], g) == end          # "se": lower case
    start = text.index("Paul")
    assert name_cut_short(doc, start, start + len("Paul"), [(start + 5, start + 10)], g) == start + 4  # another entity


def test_imperative_with_its_pronoun_is_no_name():
    text = '"Dis-moi Léa, tu as vu ?", demande sa mère. "Regardez-les", dit-il.'
    assert imperative_in_name(text, 1, text.index(","))
    assert imperative_in_name(text, text.index("Regardez"), text.index('",', text.index("Regardez")))


def test_hyphenated_place_and_person_names_are_names():
    text = "Jean-Marie Lebrun est né à Villeneuve-la-Garenne puis a vécu à Saint-Jean-de-Luz."
    assert not imperative_in_name(text, 0, text.index(" est"))
    assert not imperative_in_name(text, text.index("Villeneuve"), text.index(" puis"))
    assert not imperative_in_name(text, text.index("Saint"), len(text) - 1)


def test_person_glued_to_a_medium_after_a_contracted_article(nlp):
    from newsledger.extract.actors.ner import glued_person
    text = '"Nous ne céderons pas", a confié au Monde Paul Dumas, maire de la ville.'
    doc = nlp(text)
    start, end = text.index("Monde"), text.index(", maire")
    new_start, label = glued_person(doc, start, end, "ORG", gazetteer())
    assert (text[new_start:end], label) == ("Paul Dumas", "PER")


def test_name_after_a_contracted_article_that_is_no_medium_stays_whole(nlp):
    from newsledger.extract.actors.ner import glued_person
    text = "Il a parlé au Comité Paul Dumas, une association de quartier."
    doc = nlp(text)
    start, end = text.index("Comité"), text.index(", une")
    assert glued_person(doc, start, end, "ORG", gazetteer()) == (start, "ORG")


def test_medium_after_a_contracted_article_is_the_gazetteer_s(nlp):
    from newsledger.extract.actors.ner import named_after_contraction
    text = "Le ministre a répondu au Monde puis au Comité des fêtes."
    doc = nlp(text)
    start = text.index("Monde")
    c = named_after_contraction(doc, start, start + len("Monde"), gazetteer())
    assert c is not None and (c.kind, c.key) == ("organization", "Le Monde")
    start = text.index("Comité")
    assert named_after_contraction(doc, start, start + len("Comité"), gazetteer()) is None


def test_persons_split_at_a_name_particle_are_one(nlp):
    from newsledger.extract.actors.candidates import Entity
    from newsledger.extract.actors.ner import merge_split_orgs
    text = "Il a dîné avec Marc Dubois de Villiers hier."
    a, b = text.index("Marc"), text.index("Villiers")
    ents = [Entity(0, 0, a, a + len("Marc Dubois"), "PER"), Entity(0, 0, b, b + len("Villiers"), "PER")]
    assert merge_split_orgs(nlp(text), text, ents) == [(a, b + len("Villiers"), "PER")]


def test_persons_after_de_with_a_full_name_stay_apart(nlp):
    from newsledger.extract.actors.candidates import Entity
    from newsledger.extract.actors.ner import merge_split_orgs
    text = "Le portrait de Marc Dubois de Jeanne Roy est exposé."
    a, b = text.index("Marc"), text.index("Jeanne")
    ents = [Entity(0, 0, a, a + len("Marc Dubois"), "PER"), Entity(0, 0, b, b + len("Jeanne Roy"), "PER")]
    assert len(merge_split_orgs(nlp(text), text, ents)) == 2


def test_form_of_address_alone_is_no_person(nlp):
    from newsledger.extract.actors.ner import person_cand
    text = "Vous mentez, Monsieur, a lancé Monsieur Dupont."
    doc = nlp(text)
    start = text.index("Monsieur")
    assert person_cand(doc, start, start + len("Monsieur"), gazetteer(), text) is None
    start = text.index("Monsieur Dupont")
    assert person_cand(doc, start, start + len("Monsieur Dupont"), gazetteer(), text) is not None



def test_heading_run_into_a_sentence_keeps_its_end(nlp):
    text = "- Dupont Selon lui, le texte passera."
    doc = nlp(text)
    start = text.index("Dupont")
    assert name_cut_short(doc, start, start + len("Dupont"), [], gazetteer()) == start + len("Dupont")


# ---------------------------------------------------------------- a surname with its article

def person_names(nlp, text):
    """surface -> canonical name of the persons of `text`."""
    doc = nlp(text)
    return {m.surface: m.canonical_name for m in extract_actors(doc, sentences_of(doc)) if m.actor_type == "person"}


def test_surname_with_its_article_takes_the_full_name(nlp):
    names = person_names(nlp, "Gaëlle Le Quéré a présenté lundi son budget. Mme Le Quéré a promis des économies.")
    assert names.get("Le Quéré") == "Gaëlle Le Quéré"


def test_surname_with_its_article_alone_keeps_the_article(nlp):
    names = person_names(nlp, "Le ministre a déjeuné avec la famille Le Quéré à Rennes.")
    assert "Quéré" not in names.values()
    assert names.get("Le Quéré") == "Le Quéré"


def test_an_article_opening_a_sentence_before_a_title_names_no_one(nlp):
    names = person_names(nlp, "Le Président a parlé hier soir à la télévision.")
    assert "Le Président" not in names.values()


# ---------------------------------------------------------------- a gazetteer name inside a hyphenated name

def actor_names(nlp, text):
    doc = nlp(text)
    return {m.canonical_name for m in extract_actors(doc, sentences_of(doc))}


def test_gazetteer_name_hyphened_to_a_longer_name_is_a_fragment(nlp):
    names = actor_names(nlp, "L'hôpital (AP-HX) a annoncé lundi la fermeture de deux services.")
    assert "AP" not in names
    names = actor_names(nlp, "Le groupe AFP-Services a annoncé lundi un plan social.")
    assert "AFP" not in names


def test_gazetteer_names_side_by_side_stay(nlp):
    names = actor_names(nlp, "La liaison aérienne Paris-Moscou a été rétablie lundi.")
    assert {"France", "Russie"} <= names
