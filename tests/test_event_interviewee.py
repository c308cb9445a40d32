"""A private person the article presents by age ("X, 55 ans", "X, chauffeur de 43 ans") is an
interviewee whose words go to the reporter, no public act of speech (events/private_speech.py,
statement_by_interviewee): sentences written for these tests."""
from __future__ import annotations

import pytest

from newsledger.extract.article import sentences_of
from newsledger.extract.events import extract_events
from newsledger.records import ActorMention
from test_events import nlp  # noqa: F401  (the session pipeline fixture)


def run_roles(nlp, text, actors):
    """Events of `text`; actors = [(surface, canonical, type, role)], every occurrence of each
    surface a mention with that role (the title or function the article gives)."""
    doc = nlp(text)
    sentences = sentences_of(doc)
    mentions = []
    for surface, canonical, kind, role in actors:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            index = next(s.index for s in sentences if s.start <= start < s.end)
            mentions.append(ActorMention(surface, canonical, kind, None, index, start, end, role))
            start = text.find(surface, end)
    return extract_events(doc, sentences, mentions, None)


def statements(events):
    return [e for e in events if e.event_type == "statement"]


LEROY = [("Anne Leroy", "Anne Leroy", "person", None), ("Leroy", "Anne Leroy", "person", None)]


@pytest.mark.parametrize("text", [
    "Les boutiques sont fermées. « Tout est fermé », dénonce Anne Leroy, 55 ans, devant sa boutique.",
    "Les routes sont bloquées. « On attend trois jours », dénonce Anne Leroy, chauffeuse de 43 ans originaire "
    "de Lyon.",
    "Le roi est parti. « Il aurait dû rester », regrette Anne Leroy, une Lyonnaise de 43 ans interrogée dans "
    "la rue.",
    "Les prix montent. Anne Leroy, âgée de 61 ans, dénonce la hausse des loyers.",
])
def test_words_of_a_private_person_presented_by_age_are_no_statement(nlp, text):
    assert not statements(run_roles(nlp, text, LEROY))


def test_a_pronoun_taking_up_the_interviewee_is_no_statement_either(nlp):
    text = ("Le roi est parti. « Il aurait dû rester », regrette Anne Leroy, une Lyonnaise de 43 ans. "
            "Elle dénonce la mauvaise image du pays.")
    assert not statements(run_roles(nlp, text, LEROY))


def test_a_titled_person_presented_by_age_stays(nlp):
    actors = [("Anne Leroy", "Anne Leroy", "person", "ministre de la Santé")]
    text = "Les prix montent. Anne Leroy, 55 ans, dénonce la hausse des loyers."
    assert statements(run_roles(nlp, text, actors))
    actors = [("Anne Leroy", "Anne Leroy", "person", None)]
    text = "Les prix montent. Anne Leroy, ministre de 55 ans, dénonce la hausse des loyers."
    assert statements(run_roles(nlp, text, actors))


@pytest.mark.parametrize("text", [
    "Les prix montent. Anne Leroy dénonce la hausse des loyers.",          # no age: a politician?
    "Les prix montent. Anne Leroy, élue depuis 3 ans, dénonce la hausse des loyers.",
    "Les prix montent. Anne Leroy, 55, dénonce la hausse des loyers.",
])
def test_a_private_person_not_presented_by_age_stays(nlp, text):
    assert statements(run_roles(nlp, text, LEROY))


def test_an_official_speaking_beside_the_interviewee_keeps_the_statement(nlp):
    actors = LEROY + [("Paul Martin", "Paul Martin", "person", "maire de Lyon")]
    text = "Les prix montent. Anne Leroy, 55 ans, et Paul Martin dénoncent la hausse des loyers."
    assert statements(run_roles(nlp, text, actors))


def test_a_person_named_again_and_again_is_no_interviewee(nlp):
    text = ("Les prix montent. Anne Leroy, 55 ans, dénonce la hausse des loyers. Anne Leroy parle ensuite "
            "aux élus. Plus tard, Leroy reçoit les syndicats.")
    assert statements(run_roles(nlp, text, LEROY))


@pytest.mark.parametrize("text", [
    "Les cafés sont vides. « On ne vend plus rien », déplore Anne Leroy, une boulangère lyonnaise.",
    "Les cafés sont vides. « On ne vend plus rien », déplore Anne Leroy, une habitante du quartier.",
    "Les cafés sont vides. « On ne vend plus rien », déplore Anne Leroy, qui a requis l'anonymat.",
    "Les cafés sont vides. « On ne vend plus rien », déplore Anne Leroy, dont le prénom a été modifié.",
])
def test_words_of_a_private_person_presented_by_description_or_anonymity_are_no_statement(nlp, text):
    assert not statements(run_roles(nlp, text, LEROY))


@pytest.mark.parametrize("text", [
    "Les cafés sont vides. « Il faut agir », déplore Anne Leroy, une élue lyonnaise.",
    "Les cafés sont vides. « Il faut agir », déplore Anne Leroy, une porte-parole du syndicat.",
    "Les cafés sont vides. « Il faut agir », déplore Anne Leroy, une des dirigeantes du parti.",
    "Les cafés sont vides. « Il faut agir », déplore Anne Leroy, qui a changé de ton.",
])
def test_a_person_presented_by_an_office_or_nothing_private_stays(nlp, text):
    assert statements(run_roles(nlp, text, LEROY))


def test_a_description_naming_an_actor_stays(nlp):
    actors = LEROY + [("Greenpeace", "Greenpeace", "organization", None)]
    text = "Les forêts brûlent. « Il faut agir », dénonce Anne Leroy, une militante de Greenpeace."
    assert statements(run_roles(nlp, text, actors))


def test_a_role_that_only_describes_the_interviewee_does_not_keep_the_statement(nlp):
    actors = [("Anne Leroy", "Anne Leroy", "person", "boulangère du quartier qui a requis l'anonymat")]
    text = ("Les cafés sont vides. « On ne vend plus rien », déplore Anne Leroy, une boulangère du quartier qui "
            "a requis l'anonymat.")
    assert not statements(run_roles(nlp, text, actors))


def test_a_role_holding_a_title_keeps_the_statement(nlp):
    actors = [("Anne Leroy", "Anne Leroy", "person", "porte-parole de la mairie")]
    text = "Les cafés sont vides. « Il faut agir », déplore Anne Leroy, une habitante du quartier."
    assert statements(run_roles(nlp, text, actors))


def test_a_described_person_making_an_appeal_of_their_own_stays(nlp):
    text = ("Les hôpitaux sont pleins. Dans une vidéo, Anne Leroy, une boulangère lyonnaise, a lancé un appel "
            "aux autorités.")
    assert statements(run_roles(nlp, text, LEROY))


# an interviewee named again and again is still one when the article presents them as no public
# figure is presented (private_speech.unmistakably_presented)
def test_an_interviewee_described_in_an_incise_to_the_reporter_however_often_named(nlp):
    text = ("Les hôpitaux sont pleins. « C'est une blessure », dit à l'AFP Anne Leroy, une infirmière de 52 ans "
            "qui tient une épicerie. Anne Leroy a perdu son frère. Anne Leroy prie chaque soir. "
            "« Personne ne nous aide », dénonce Anne Leroy.")
    assert not statements(run_roles(nlp, text, LEROY))


def test_a_first_name_with_an_age_however_often_named(nlp):
    actors = [("Julie", "Julie", "person", None)]
    text = ("Julie, 22 ans, a loué un studio à Nice. « Il y avait une caméra », raconte Julie. Julie a prévenu "
            "la police. « C'est une honte », dénonce Julie.")
    assert not statements(run_roles(nlp, text, actors))


@pytest.mark.parametrize("text", [
    # a full name with an age, named again and again: a public figure's way
    "Anne Leroy, 62 ans, a quitté le parti. Anne Leroy parle aux élus. Anne Leroy dénonce la hausse des loyers.",
    # a date after the name's comma is no description
    "Les prix montent. « Il faut agir », a averti Anne Leroy, mardi 3 mars, à Lyon. Anne Leroy parle "
    "aux élus. Anne Leroy dénonce la hausse des loyers.",
])
def test_a_person_named_again_and_again_without_such_a_presentation_stays(nlp, text):
    assert statements(run_roles(nlp, text, LEROY))


def test_a_date_after_the_speakers_comma_is_no_description(nlp):
    text = "Les prix montent. « Il faut agir », a averti Anne Leroy, mardi 3 mars, devant la presse."
    assert statements(run_roles(nlp, text, LEROY))
