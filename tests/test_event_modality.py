"""Triggers that are asked, denied or used in another sense (events/modality.py,
events/sense.py), on French sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def types_of(nlp, text, actors):
    """Event types found in `text`; actors = [(surface, canonical, type)], each occurrence a
    mention (test_events.run, which also checks the record contract)."""
    return [e.event_type for e in run(nlp, text, actors)]


DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
MARTIN = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]


def test_yes_no_question_is_no_happening(nlp):
    assert "election" not in types_of(nlp, "Intro. Claire Dupont va-t-elle gagner la primaire en mars ?", DUPONT)
    assert "statement" not in types_of(nlp, "Intro. Paul Martin regrette-t-il ses attaques contre Claire Dupont ?",
                                       MARTIN)


def test_told_happening_and_wh_question_stay(nlp):
    assert "election" in types_of(nlp, "Intro. Claire Dupont va gagner la primaire en mars.", DUPONT)
    assert "election" in types_of(nlp, "Intro. Pourquoi Claire Dupont a-t-elle gagné la primaire en mars ?",
                                  DUPONT)


def test_negated_verb_of_intention_denies_its_infinitive(nlp):
    assert "protest" not in types_of(nlp, "Intro. Claire Dupont n'entend pas manifester avec la CGT samedi.",
                                     DUPONT + [("CGT", "CGT", "organization")])
    assert "meeting" not in types_of(nlp, "Intro. Paul Martin ne devrait pas rencontrer Claire Dupont lundi.",
                                     MARTIN)


def test_intended_or_negated_implicative_happening_stays(nlp):
    assert "meeting" in types_of(nlp, "Intro. Paul Martin devrait rencontrer Claire Dupont lundi.", MARTIN)
    assert "statement" in types_of(nlp, "Intro. Paul Martin n'a pas hésité à condamner Claire Dupont lundi.",
                                   MARTIN)


def test_bare_noun_after_au_is_an_idiom(nlp):
    text = "Intro. Claire Dupont a rendu hommage aux soldats français tombés au combat."
    assert "attack" not in types_of(nlp, text, DUPONT + [("français", "France", "country")])


def test_fight_with_its_own_phrase_after_au_stays(nlp):
    text = "Intro. Les soldats français ont participé au combat de Mossoul contre l'État islamique."
    assert "attack" in types_of(nlp, text, [("français", "France", "country"),
                                            ("État islamique", "État islamique", "organization")])


def test_fight_against_an_abstraction_is_figurative(nlp):
    text = "Intro. La France poursuit son combat contre le terrorisme avec l'armée malienne."
    assert "attack" not in types_of(nlp, text, [("France", "France", "country")])


def test_fight_against_an_actor_stays(nlp):
    text = "Intro. L'armée française a lancé une offensive contre les jihadistes de l'État islamique au Mali."
    assert "attack" in types_of(nlp, text, [("française", "France", "country"),
                                            ("État islamique", "État islamique", "organization")])


def test_entretien_of_a_thing_is_maintenance(nlp):
    text = "Intro. L'enquête de la société Autoroutes Nord a révélé des manquements dans l'entretien du pont."
    assert "meeting" not in types_of(nlp, text, [("Autoroutes Nord", "Autoroutes Nord", "organization")])


def test_entretien_with_a_person_stays(nlp):
    text = "Intro. Paul Martin a eu un entretien d'une heure avec Claire Dupont mardi à Paris."
    assert "meeting" in types_of(nlp, text, MARTIN)


def test_graded_noun_is_the_adjective(nlp):
    text = "Intro. Sur ce dossier, la France se montre plus offensive que l'Allemagne face à la Russie."
    assert "attack" not in types_of(nlp, text, [("France", "France", "country"), ("Allemagne", "Allemagne", "country"),
                                                ("Russie", "Russie", "country")])


def test_offensive_told_stays(nlp):
    text = "Intro. La Russie a lancé une offensive contre l'Ukraine dans la région de Kharkiv."
    assert "attack" in types_of(nlp, text, [("Russie", "Russie", "country"), ("Ukraine", "Ukraine", "country")])


def test_naming_is_no_appeal(nlp):
    text = "Intro. Paul Martin a dit que son rival, ou le Sage comme il l'appelle, ressemblait à un fantôme."
    assert "statement" not in types_of(nlp, text, [("Paul Martin", "Paul Martin", "person")])


def test_naming_in_a_relative_of_ce_is_no_appeal(nlp):
    # the "qu'" of "ce qu'il a appelé" is at times parsed as a conjunction ("mark")
    text = ("Selon Jean Dupont, le Parti bleu n'a pas réussi à mettre fin à ce qu'il a appelé "
            "la réforme \"à moitié morte\" de 2019.")
    assert "statement" not in types_of(nlp, text, [("Jean Dupont", "Jean Dupont", "person"),
                                                   ("Parti bleu", "Parti bleu", "organization")])


def test_appeal_stays(nlp):
    text = "Intro. Paul Martin appelle Claire Dupont à démissionner de son poste."
    assert "statement" in types_of(nlp, text, MARTIN)


def test_elected_official_is_no_election(nlp):
    text = "Intro. Paul Martin, élu de la Gironde, estime que Claire Dupont doit partir."
    assert "election" not in types_of(nlp, text, MARTIN + [("Gironde", "Gironde", "organization")])


def test_elected_to_an_office_stays(nlp):
    text = "Intro. Paul Martin, élu en 2020 à la tête de la Gironde, estime que Claire Dupont doit partir."
    assert "election" in types_of(nlp, text, MARTIN + [("Gironde", "Gironde", "organization")])


def test_happening_presupposed_by_a_question_stays(nlp):
    text = "Intro. Mis en examen mercredi pour corruption, Paul Martin doit-il démissionner ?"
    assert "legal_action" in types_of(nlp, text, MARTIN)


def test_willing_to_talk_is_no_meeting(nlp):
    text = "Intro. Paul Martin s'est dit disposé à une discussion avec Claire Dupont sur les salaires."
    assert "meeting" not in types_of(nlp, text, MARTIN)


def test_talks_held_stay(nlp):
    text = "Intro. Paul Martin a eu une discussion avec Claire Dupont sur les salaires lundi."
    assert "meeting" in types_of(nlp, text, MARTIN)


def test_friendly_match_is_no_meeting(nlp):
    text = "Intro. Le maillot a été porté par Paul Martin lors d'une rencontre amicale à Turin."
    assert "meeting" not in types_of(nlp, text, MARTIN)


def test_meeting_of_leaders_stays(nlp):
    text = "Intro. Paul Martin a eu une rencontre avec Claire Dupont à Turin lundi."
    assert "meeting" in types_of(nlp, text, MARTIN)


def test_greeting_paid_in_person_is_no_statement(nlp):
    text = "Intro. Paul Martin est venu saluer les pompiers de la caserne de Lyon dimanche."
    assert "statement" not in types_of(nlp, text, MARTIN)


def test_praise_stays(nlp):
    text = "Intro. Paul Martin a salué la décision de Claire Dupont dimanche."
    assert "statement" in types_of(nlp, text, MARTIN)


FRANCE_BOREALIE = [("France", "France", "country"), ("Borélie", "Borélie", "country")]
BORELIE = [("Borélie", "Borélie", "country"), ("Valdor", "Valdor", "country")]


def test_a_resolution_a_state_opposes_was_still_put_to_the_vote(nlp):
    """Opposing is no denial: a resolution a state voted against was adopted all the same."""
    assert "sanction" in types_of(
        nlp, "Intro. La Borélie était l'un des seuls pays à s'opposer à une résolution de la France "
             "condamnant l'invasion.", FRANCE_BOREALIE)


def test_denial_of_an_accusation_keeps_the_accusation(nlp):
    assert "statement" in types_of(
        nlp, "Intro. Accusé par Paul Martin d'avoir organisé la fraude, Claire Dupont a démenti.", MARTIN)
    assert "agreement" in types_of(
        nlp, "Intro. La France a signé lundi un accord avec la Borélie.", FRANCE_BOREALIE)


def test_what_should_have_been_allowed_is_none(nlp):
    assert "legal_action" not in types_of(
        nlp, "Intro. Le texte de la Borélie, celui qui aurait dû permettre d'autoriser les extraditions "
             "vers le Valdor, a été retiré.", BORELIE)


def test_what_was_allowed_stays(nlp):
    assert "legal_action" in types_of(
        nlp, "Intro. La Borélie a autorisé mardi l'extradition de Paul Martin vers le Valdor.", BORELIE + MARTIN)


def test_what_only_could_happen_is_none(nlp):
    assert "attack" not in types_of(
        nlp, "Intro. Les experts du Valdor ont analysé pourquoi des attentats en Borélie pourraient avoir "
             "lieu cette année.", BORELIE)


def test_a_guess_about_a_happening_stays(nlp):
    assert "attack" in types_of(
        nlp, "Intro. L'attentat de Borélie pourrait avoir fait dix morts, selon le Valdor.", BORELIE)


def test_election_aimed_at_by_a_possible_candidacy_is_none_unless_dated(nlp):
    assert "election" not in types_of(
        nlp, "Intro. Plutôt que d'évoquer une éventuelle candidature pour la présidentielle, Claire Dupont "
             "parle de son projet.", DUPONT)
    assert "election" in types_of(
        nlp, "Intro. Interrogée sur une éventuelle candidature à l'élection présidentielle de 2032, Claire "
             "Dupont a répondu.", DUPONT)


def test_speech_in_private_is_no_statement(nlp):
    assert "statement" not in types_of(nlp, "Intro. Paul Martin a critiqué en privé Claire Dupont.", MARTIN)
    assert "statement" not in types_of(nlp, "Intro. Paul Martin dénonce Claire Dupont devant ses conseillers.",
                                       MARTIN)


def test_public_speech_stays(nlp):
    assert "statement" in types_of(nlp, "Intro. Paul Martin a critiqué Claire Dupont.", MARTIN)


@pytest.mark.parametrize("text", [
    "Intro. Selon un hebdomadaire, Paul Martin aurait menacé Claire Dupont lors d'un dîner.",
    "Intro. Paul Martin regretterait la nomination de Claire Dupont, selon son entourage.",
    "Intro. Paul Martin aurait mis en garde Claire Dupont.",
])
def test_speech_told_in_the_conditional_is_no_statement(nlp, text):
    assert "statement" not in types_of(nlp, text, MARTIN)


def test_the_same_speech_told_as_done_stays(nlp):
    assert "statement" in types_of(nlp, "Intro. Paul Martin a menacé Claire Dupont lors d'un dîner.", MARTIN)
    assert "statement" in types_of(nlp, "Intro. Paul Martin a mis en garde Claire Dupont.", MARTIN)


def test_private_person_to_the_reporter_is_no_statement(nlp):
    assert "statement" not in types_of(
        nlp, "Intro. Paul Martin a dénoncé à l'AFP la gestion de Claire Dupont.", MARTIN)


def test_official_to_the_reporter_stays(nlp):
    assert "statement" in types_of(
        nlp, "Intro. Le ministre Paul Martin a dénoncé à l'AFP la gestion de Claire Dupont.", MARTIN)
    assert "statement" in types_of(
        nlp, "Intro. Paul Martin, ministre de la Santé, a dénoncé à l'AFP la gestion de Claire Dupont.", MARTIN)


@pytest.mark.parametrize("text, count", [
    ("Intro. Paul Martin est revenu jeudi sur l'affaire qui empoisonne la France depuis une semaine.", 0),
    ("Intro. Cette affaire a tué Paul Martin.", 0),
    ("Intro. Des inconnus ont tué Paul Martin mardi à Lyon.", 1),
    ("Intro. La police a abattu Paul Martin mardi à Lyon.", 1),
    ("Intro. Un missile a tué Paul Martin mardi.", 1),
    ("Intro. Le terroriste qui a tué Paul Martin a été arrêté.", 1),
])
def test_an_attack_verb_needs_an_animate_agent(nlp, text, count):
    actors = MARTIN + [("France", "France", "country")]
    assert types_of(nlp, text, actors).count("attack") == count, run(nlp, text, actors)


@pytest.mark.parametrize("text, count", [
    ("Intro. Les dépouilles de 150 soldats rapatriées par la France ont été reçues jeudi en Allemagne.", 0),
    ("Intro. La France a organisé le rapatriement des corps des victimes.", 0),
    ("Intro. La France a rapatrié mardi 300 de ses ressortissants bloqués en Allemagne.", 1),
    ("Intro. La France a organisé le rapatriement de ses ressortissants bloqués en Allemagne.", 1),
])
def test_moving_the_dead_is_no_aid(nlp, text, count):
    actors = [("France", "France", "country"), ("Allemagne", "Allemagne", "country")]
    assert types_of(nlp, text, actors).count("aid") == count, run(nlp, text, actors)
