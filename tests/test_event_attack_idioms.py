"""Attacks in another sense or with a weapon's name for an actor (issue 19, branch
issue-19-attack9), on French sentences written for these tests: a name right after a weapon
noun names the weapon, no actor (events/weapon_name.py); "en embuscade" after a bare "en" is
lying in wait, no ambush carried out (contexts.bare_en_state); the noun a participle of
'tirer' qualifies is drawn or pulled, no one fired at (option patient_not_qualified). Each rule
loses its false event or actor; the controls keep the true ones."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, event_type):
    return [e for e in run(nlp, text, actors) if e.event_type == event_type]


def actor_names(events):
    return {a.canonical_name for e in events for a in e.actors}


DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
MARTIN = [("Paul Martin", "Paul Martin", "person")]
KOVAL = [("Kovalenko", "Kovalenko", "person")]
SYLDAVIE = [("Syldavie", "Syldavie", "country")]
BORDURIE = [("Bordurie", "Bordurie", "country")]
SENAT = [("Sénat", "Sénat", "organization")]


def test_the_name_of_a_weapon_is_no_actor(nlp):
    text = ("Intro. Lundi soir, des jeunes ont tenté d'attaquer le commissariat de la ville avec des "
            "cocktails Kovalenko.")
    assert "Kovalenko" not in actor_names(of_type(nlp, text, KOVAL, "attack"))


def test_a_rifle_named_for_its_maker_is_no_actor(nlp):
    text = ("Intro. L'armée de Syldavie a bombardé mardi des positions de la Bordurie avec des "
            "missiles Kovalenko.")
    events = of_type(nlp, text, KOVAL + SYLDAVIE + BORDURIE, "attack")
    assert events and "Kovalenko" not in actor_names(events)
    assert "Syldavie" in actor_names(events)


def test_a_weapon_of_a_nationality_keeps_its_state(nlp):
    # a lower-case adjective of nationality after the weapon noun tells where the weapons come
    # from: its state stays an actor (the eponym rule reads names, which take a capital)
    text = "Intro. La Bordurie a accusé mardi la Syldavie de livrer des armes syldaves aux rebelles."
    actors = BORDURIE + [("Syldavie", "Syldavie", "country"), ("syldaves", "Syldavie", "country")]
    events = run(nlp, text, actors)
    assert "Syldavie" in actor_names(events)
    from newsledger.extract.events.weapon_name import weapon_name_indices
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == "syldaves")
    sent = doc[i].sent
    assert i not in weapon_name_indices(sent, {i})


def test_an_attacker_named_after_the_attack_verb_stays(nlp):
    text = "Intro. Des soldats de Syldavie ont attaqué mardi un village de la Bordurie avec des chars."
    assert {"Syldavie", "Bordurie"} <= actor_names(of_type(nlp, text, SYLDAVIE + BORDURIE, "attack"))


def test_lying_in_wait_is_no_ambush(nlp):
    text = ("Intro. Claire Dupont progresse dans les sondages, et Paul Martin se tient en embuscade "
            "avant le premier tour.")
    assert not of_type(nlp, text, DUPONT + MARTIN, "attack")


def test_an_ambush_laid_stays(nlp):
    text = "Intro. Des rebelles ont tendu mardi une embuscade à un convoi de l'armée de Syldavie."
    assert of_type(nlp, text, SYLDAVIE, "attack")


def test_a_list_drawn_up_is_no_shooting(nlp):
    text = "Intro. La liste pour le Sénat tirée par Claire Dupont a obtenu 312 voix des délégués."
    assert not of_type(nlp, text, DUPONT + SENAT, "attack")


def test_talks_opened_on_weapons_are_no_launch(nlp):
    text = ("Intro. Claire Dupont entend lancer un dialogue rénové sur les armes chimiques et les "
            "missiles, tout particulièrement avec la Syldavie.")
    events = run(nlp, text, DUPONT + SYLDAVIE)
    assert not [e for e in events if e.event_type in ("attack", "weapons_test")]


def test_rockets_fired_at_a_country_stay(nlp):
    text = "Intro. La Syldavie a tiré mardi des roquettes sur la Bordurie."
    assert of_type(nlp, text, SYLDAVIE + BORDURIE, "attack")


def test_an_ambush_taken_stays(nlp):
    text = "Intro. Des rebelles les ont pris en embuscade mardi près de la frontière de la Syldavie et ont tué deux soldats."
    assert of_type(nlp, text, SYLDAVIE, "attack")
