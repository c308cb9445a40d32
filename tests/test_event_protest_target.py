"""Whom a protest is against or for, and who handles it, are no protesters
(events/protest_target.py, data/gathering.json handle_verb, handle_noun), on French sentences
written for these tests: each rule loses its false protest or actor and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def protests(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "protest"]


def roles(events):
    return {a.canonical_name: a.role for e in events for a in e.actors}


MARTIN = [("Paul Martin", "Paul Martin", "person")]
LEGRAND = [("Anne Legrand", "Anne Legrand", "person")]
CGT = [("CGT", "CGT", "organization")]
ACME = [("Acme", "Acme", "organization")]
ITALIE = [("Italie", "Italie", "country")]


def test_a_protest_whose_only_actor_is_its_aim_goes(nlp):
    text = "Intro. Des centaines d'étudiants ont manifesté mardi à Lille pour exiger la démission de Paul Martin."
    assert not protests(nlp, text, MARTIN)
    text = "Intro. Une foule est descendue dans les rues pour s'opposer à un projet de loi de Paul Martin."
    assert not protests(nlp, text, MARTIN)


def test_the_aim_stays_as_target_beside_a_protester(nlp):
    text = "Intro. Les militants de la CGT ont manifesté mardi à Lille pour exiger la démission de Paul Martin."
    found = roles(protests(nlp, text, MARTIN + CGT))
    assert found.get("CGT") == "source" and found.get("Paul Martin") == "target"


def test_a_protest_of_support_for_a_company_staff_lists_no_protester(nlp):
    text = "Intro. Il a participé samedi à la manifestation de soutien aux salariés d'Acme à Lyon."
    assert not protests(nlp, text, ACME)
    text = "Intro. Il a participé samedi à la manifestation de la CGT à Lyon."
    assert protests(nlp, text, CGT)


def test_a_country_where_the_aim_is_voiced_stays(nlp):
    # "en Italie" hung by the parser under the 'contre' phrase is where they marched
    text = "Intro. Des milliers de personnes ont manifesté samedi contre le racisme en Italie."
    assert "Italie" in roles(protests(nlp, text, ITALIE))


def test_who_allows_or_polices_a_protest_is_no_protester(nlp):
    text = "Intro. Paul Martin a finalement autorisé la manifestation des cheminots samedi."
    assert not protests(nlp, text, MARTIN)
    text = "Intro. Paul Martin a demandé un rapport sur l'évacuation d'une manifestation samedi à Paris."
    assert not protests(nlp, text, MARTIN)
    text = "Intro. Anne Legrand a modifié les règles pour parer à la grève des correcteurs."
    assert not protests(nlp, text, LEGRAND)


def test_the_protesters_of_a_handled_protest_stay(nlp):
    text = "Intro. Paul Martin a finalement autorisé la manifestation de la CGT samedi."
    found = roles(protests(nlp, text, MARTIN + CGT))
    assert "CGT" in found and "Paul Martin" not in found


def test_whom_the_protesters_back_or_oppose_is_no_protester(nlp):
    # "partisans de X", "opposants à X": the crowd's stance toward X, who takes no part
    text = "Intro. Des centaines de partisans du président Paul Martin se sont rassemblés samedi à Lille."
    assert not protests(nlp, text, MARTIN)
    text = "Intro. Quelques dizaines de partisans de Paul Martin ont tenté de manifester à Lille samedi."
    assert not protests(nlp, text, MARTIN)
    text = "Intro. La marche des opposants à Paul Martin a réuni des milliers de personnes à Lille."
    assert not protests(nlp, text, MARTIN)


def test_a_protester_beside_whom_the_crowd_backs_stays(nlp):
    text = "Intro. Des partisans de Paul Martin ont manifesté samedi à Lille avec la CGT."
    found = roles(protests(nlp, text, MARTIN + CGT))
    assert found.get("CGT") and found.get("Paul Martin") == "target"
    # a party's sympathisers may be its members: the party stays
    text = "Intro. Des centaines de sympathisants de la CGT ont manifesté samedi à Lille."
    assert "CGT" in roles(protests(nlp, text, CGT))


MORVAN = [("Morvan", "Jean Morvan", "person")]
SOMMET = [("G8", "G8", "organization")]


def test_a_name_glued_after_anti_is_what_the_protest_is_against(nlp):
    text = "Intro. Des militants anti-G8 ont manifesté samedi dans les rues de Brest."
    assert not protests(nlp, text, SOMMET)
    text = "Intro. La ville est devenue le cœur de la contestation anti-Morvan depuis des mois."
    assert not protests(nlp, text, MORVAN)


def test_a_name_glued_after_pro_is_whom_the_protest_backs(nlp):
    text = "Intro. Des centaines de manifestants pro-Morvan se sont rassemblés samedi devant le tribunal."
    assert not protests(nlp, text, MORVAN)


def test_the_protester_beside_a_prefixed_name_stays(nlp):
    text = "Intro. La manifestation anti-Morvan de la CGT a réuni samedi des milliers de personnes à Brest."
    found = roles(protests(nlp, text, MORVAN + CGT))
    assert found.get("CGT") == "source" and found.get("Jean Morvan") != "participant"


def test_a_party_glued_after_pro_stays(nlp):
    text = "Intro. Des militants pro-CGT ont manifesté samedi dans les rues de Brest."
    assert "CGT" in roles(protests(nlp, text, CGT))
