"""Whom a pronoun or a description speaker takes up (issue 19): "il", "elle", "ce dernier",
"cette dernière" and a feminine title ("l'ancienne ministre") take up no person whose gender the
article shows to be the other one, by a title of civility ("Mme X", "M. X") or a title noun in
apposition ("la députée X", "le député de Y, X", "X, ancienne ministre") (participants.
person_gender); and a chain of subject pronouns goes on through a sentence that names no one
(participants.continues_referent). Sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
DURAND = ("Claire Durand", "Claire Durand", "person")
MOREL = ("Jean Morel", "Jean Morel", "person")
ROUX = ("Anne Roux", "Anne Roux", "person")
PETIT = ("Luc Petit", "Luc Petit", "person")


def said(events, word):
    return [e for e in events if e.event_type == "statement" and word in e.trigger]


def test_elle_takes_up_no_man_named_as_a_subject_before(nlp):
    text = ("Pour sa part, le député de la Somme, Paul Martin, hésite encore sur le budget. "
            "Autre ton chez sa voisine de banc, députée de la Somme elle aussi, Claire Durand, qui "
            "espère un compromis. Si elle jure qu'elle restera loyale, elle prévient que son vote "
            "dépendra des amendements.")
    [ev] = said(run(nlp, text, [MARTIN, DURAND]), "prévient")
    assert "Paul Martin" not in roles(ev), ev
    assert roles(ev).get("Claire Durand") == "source"


def test_cette_derniere_is_the_last_named_woman(nlp):
    text = ("Le maire Jean Morel a visité le chantier avec la sénatrice Anne Roux et le député "
            "Luc Petit. Cette dernière a dénoncé l'opacité du projet.")
    [ev] = said(run(nlp, text, [MOREL, ROUX, PETIT]), "dénoncé")
    assert "Luc Petit" not in roles(ev), ev
    assert roles(ev).get("Anne Roux") == "source"


def test_a_feminine_title_takes_up_no_man(nlp):
    text = ("Le député Paul Martin a tenu un meeting dimanche à Lille. Alors que Paul Martin et "
            "Luc Petit appellent à soutenir le maire sortant, Claire Durand fait savoir mardi "
            "qu'elle s'abstiendra. L'ancienne ministre en appelle aux électeurs du centre dans "
            "un entretien.")
    events = said(run(nlp, text, [MARTIN, DURAND, PETIT]), "appelle")
    assert not [e for e in events if e.trigger.endswith("appelle") and "Paul Martin" in roles(e)], events


def test_a_pronoun_chain_goes_on_through_a_sentence_naming_no_one(nlp):
    text = ("Jean Morel a présenté son programme lundi à Lyon devant ses partisans. "
            "Le maire sortant a été longuement applaudi par la salle. "
            "Le texte prévoit une aide aux familles, selon un proche de Paul Martin. "
            "Il a répété qu'il fallait agir vite. "
            "Il a par ailleurs dénoncé la lenteur des débats.")
    events = said(run(nlp, text, [MOREL, MARTIN]), "par ailleurs dénoncé")
    assert not [e for e in events if "Paul Martin" in roles(e)], events


# controls: what must stay

def test_il_still_takes_up_the_man_named_before(nlp):
    text = "Le député Paul Martin a reçu la maire Claire Durand. Il a dénoncé la réforme des retraites."
    [ev] = said(run(nlp, text, [MARTIN, DURAND]), "dénoncé")
    assert roles(ev).get("Paul Martin") == "source"


def test_elle_takes_up_a_woman_whose_gender_nothing_shows(nlp):
    text = "Claire Durand a reçu les syndicats lundi. Elle a dénoncé la réforme des retraites."
    [ev] = said(run(nlp, text, [DURAND]), "dénoncé")
    assert roles(ev).get("Claire Durand") == "source"


def test_ce_dernier_still_takes_up_the_last_named_man(nlp):
    text = ("La maire Claire Durand a visité le chantier avec le député Luc Petit. "
            "Ce dernier a dénoncé l'opacité du projet.")
    [ev] = said(run(nlp, text, [DURAND, PETIT]), "dénoncé")
    assert roles(ev).get("Luc Petit") == "source"
