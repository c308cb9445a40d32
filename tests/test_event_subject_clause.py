"""Who speaks in a statement (issue 19): the actors named in a relative clause on the subject
are no speakers (events.subject_clause); a pronoun speaker after a sentence whose subject is the
same pronoun takes up no other name of that sentence (participants.continues_referent).
Sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Jean Dupont", "Jean Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
DURAND = ("Marie Durand", "Marie Durand", "person")
VERT = ("Parti vert", "Parti vert", "organization")
BLEU = ("Parti bleu", "Parti bleu", "organization")


def said(events, word):
    return [e for e in events if e.event_type == "statement" and word in e.trigger]


def test_a_name_in_a_relative_clause_on_the_subject_does_not_speak(nlp):
    text = "Marie Durand, qui a rencontré Paul Martin lundi, a dénoncé une réforme injuste."
    [ev] = said(run(nlp, text, [DURAND, MARTIN]), "dénoncé")
    assert roles(ev).get("Marie Durand") == "source"
    assert "Paul Martin" not in roles(ev), ev


def test_parties_a_list_gathers_do_not_speak_for_its_head(nlp):
    text = ("La présidente de la liste, qui rassemble le Parti vert et le Parti bleu, a dénoncé "
            "mardi la politique du gouvernement.")
    events = said(run(nlp, text, [VERT, BLEU]), "dénoncé")
    assert not [e for e in events if {"Parti vert", "Parti bleu"} & set(roles(e))], events


def test_a_subject_with_a_described_name_still_speaks(nlp):
    text = "Marie Durand, la sénatrice qui a quitté le groupe, a dénoncé une réforme injuste."
    [ev] = said(run(nlp, text, [DURAND]), "dénoncé")
    assert roles(ev).get("Marie Durand") == "source"


def test_a_relative_clause_on_the_object_keeps_its_names(nlp):
    text = "Marie Durand a dénoncé la réforme que Paul Martin a présentée lundi."
    [ev] = said(run(nlp, text, [DURAND, MARTIN]), "dénoncé")
    assert roles(ev).get("Marie Durand") == "source"


def test_a_pronoun_after_the_same_pronoun_takes_up_no_other_name(nlp):
    text = ("Selon le journal, le sénateur a présenté lundi son programme à Lyon. "
            "Il a rendu hommage mardi à Jean Dupont. "
            "Il a dénoncé la réforme des retraites.")
    events = said(run(nlp, text, [DUPONT]), "dénoncé")
    assert not [e for e in events if "Jean Dupont" in roles(e)], events


def test_a_pronoun_chain_still_takes_up_its_named_subject(nlp):
    text = ("Paul Martin a présenté lundi son programme à Lyon. "
            "Il a rendu hommage mardi à Jean Dupont. "
            "Il a dénoncé la réforme des retraites.")
    [ev] = said(run(nlp, text, [MARTIN, DUPONT]), "dénoncé")
    assert roles(ev).get("Paul Martin") == "source"
    assert "Jean Dupont" not in roles(ev), ev
