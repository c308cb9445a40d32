"""A crowd's demand or denunciation told as a statement (issue 19): what protesters denounce or
demand, when the parser left the crowd without a relation of subject ("où plus de 20.000
manifestants, selon la police, ont dénoncé ..."), when a plural pronoun stands for them ("dont
ils ont dénoncé ..."), or in a relative clause on a protest's organisers ("une grève, à
l'appel de X, qui proteste contre ..."), is the protest's aim, no formal act of speech
(events/protest_aim.py; data/gathering.json protester_noun, protest_frame). French sentences
written for these tests."""
from __future__ import annotations

import pytest

from article_events import statements
from newsledger.extract.events.gathering import gathering_words
from test_events import nlp  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text, trigger", [
    # the crowd before its verb, past an incise, left without a relation of subject
    ("L'onde de choc provoquée par la mort de Jean Dupont en Belgique a gagné samedi la France où "
     "plus de 20.000 manifestants, selon la police, ont dénoncé les violences policières.", "ont dénoncé"),
    # a relative clause on the organisers named by 'à l'appel de'
    ("La SNCF connaîtra ce week-end deux jours de grève, à l'appel d'une intersyndicale CGT, Unsa, "
     "CFDT, qui proteste contre la réforme d'Emmanuel Macron.", "proteste"),
])
def test_a_crowds_aim_is_no_statement(text, trigger):
    assert not any(t == trigger for t, _ in statements(text)), statements(text)


def test_a_plural_pronoun_standing_for_protesters_is_the_crowd(nlp):
    from newsledger.extract.events.protest_aim import crowd_subject
    doc = nlp("Les manifestants dénonçant la mort de Jeanne Dupont ont pu compter sur le soutien de "
              "prêtres pour échapper aux policiers, dont ils ont dénoncé la brutalité.")
    verb = next(t for t in doc if t.text == "dénoncé")
    assert crowd_subject(verb, gathering_words().protester_nouns) is not None


@pytest.mark.parametrize("text, trigger, speaker", [
    # controls: a named body or person speaks, about or beside a protest
    ("Le syndicat CGT a dénoncé la réforme d'Emmanuel Macron.", "a dénoncé", "CGT"),
    ("La maire de Paris Anne Hidalgo a appelé au calme après les manifestations.", "a appelé", "Anne Hidalgo"),
    ("Une manifestation contre Emmanuel Macron, qui a dénoncé un complot, a eu lieu à Paris.",
     "a dénoncé", "Emmanuel Macron"),
    ("Les manifestants ont interpellé Emmanuel Macron, qui a dénoncé leur colère.", "a dénoncé",
     "Emmanuel Macron"),
    ("Les manifestants applaudissaient quand Anne Hidalgo a dénoncé la réforme d'Emmanuel Macron.",
     "a dénoncé", "Anne Hidalgo"),
    ("La CGT a reçu les grévistes, dont elle a dénoncé la précarité, selon Laurent Berger.", "a dénoncé", "CGT"),
])
def test_a_named_speakers_statement_about_a_protest_stays(text, trigger, speaker):
    assert any(t == trigger and speaker in names for t, names in statements(text)), statements(text)



def test_a_named_organisers_call_told_in_a_relative_on_the_protest_stays():
    # control: the relative's subject is a named person, not the relative pronoun
    text = ("Le militant Paul Martin devait se rendre à Lyon pour y organiser une manifestation où il "
            "appelait à brûler un drapeau.")
    assert any(t == "appelait" and "Paul Martin" in names for t, names in statements(text)), statements(text)
