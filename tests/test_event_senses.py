"""Trigger words of another sense or another type (events/sense.py, the lexicon's contexts
protest_side, filing_object, chamber_reading, lecture), on French sentences written for these
tests: each rule loses its false event and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def types_of(nlp, text, actors):
    return [e.event_type for e in run(nlp, text, actors)]


DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
LR = [("LR", "Les Républicains", "organization")]
PCF = [("Parti communiste français", "Parti communiste français", "organization")]


def test_clashes_of_protesters_are_a_protest(nlp):
    text = "Intro. À Lyon, les affrontements entre les manifestants et l'armée française ont fait dix blessés."
    found = types_of(nlp, text, [("française", "France", "country")])
    assert "attack" not in found and "protest" in found


def test_clashes_of_armies_stay_an_attack(nlp):
    text = "Intro. Les affrontements entre l'armée française et les rebelles ont fait dix morts mardi."
    assert "attack" in types_of(nlp, text, [("française", "France", "country")])


def test_fight_against_illness_hung_anywhere_is_figurative(nlp):
    text = "Intro. Le maire de Lyon, Claire Dupont, doit mener deux combats de front : contre un grave cancer et contre la pandémie."
    assert "attack" not in types_of(nlp, text, DUPONT)


def test_pronominal_attack_tagged_as_a_noun_is_no_attack(nlp):
    text = "Intro. Découverte par Claire Dupont, la bactérie s'attaque lentement aux parois de l'épave."
    assert "attack" not in types_of(nlp, text, DUPONT)


def test_a_party_attacks_in_words(nlp):
    text = ("Intro. Le lendemain, le Parti communiste français rectifiait le tir sur Twitter en attaquant "
            "la ministre Claire Dupont.")
    assert "attack" not in types_of(nlp, text, PCF + DUPONT)
    text = "Intro. Le député LR Paul Martin a commencé son offensive contre l'exécutif après la tempête."
    assert "attack" not in types_of(nlp, text, LR + [("Paul Martin", "Paul Martin", "person")])


def test_an_armed_group_attacks_with_arms(nlp):
    text = "Intro. Les soldats russes ont attaqué la ville de Kharkiv mardi avec des missiles."
    assert "attack" in types_of(nlp, text, [("russes", "Russie", "country")])


def test_a_filing_is_no_statement(nlp):
    text = "Intro. Claire Dupont doit encore se justifier sur sa déclaration de patrimoine."
    assert "statement" not in types_of(nlp, text, DUPONT)
    text = "Intro. Claire Dupont a fait une déclaration sur la guerre en Ukraine mardi."
    assert "statement" in types_of(nlp, text, DUPONT)


def test_a_bill_read_in_a_chamber_is_no_meeting(nlp):
    text = "Intro. Claire Dupont défend la loi sur le logement, en discussion à partir de mardi au Sénat."
    assert "meeting" not in types_of(nlp, text, DUPONT)
    text = "Intro. Claire Dupont a eu une longue discussion avec Paul Martin mardi à Paris."
    assert "meeting" in types_of(nlp, text, MARTIN_DUPONT)


MARTIN_DUPONT = DUPONT + [("Paul Martin", "Paul Martin", "person")]


def test_parliamentary_mobilisation_is_no_protest(nlp):
    text = ("Intro. En cause, la forte mobilisation des députés LR, qui défendent chacun de leurs "
            "amendements dans l'hémicycle.")
    assert "protest" not in types_of(nlp, text, LR)
    text = "Intro. La mobilisation des militants LR contre la réforme a réuni dix mille personnes à Paris."
    assert "protest" in types_of(nlp, text, LR)


def test_an_opinion_is_no_judgement_of_a_court(nlp):
    text = "Intro. Une majorité de Français porte un jugement défavorable sur l'action de Claire Dupont."
    assert "legal_action" not in types_of(nlp, text, DUPONT)
    text = "Intro. Le tribunal de Paris a rendu mardi son jugement dans le procès de Claire Dupont."
    assert "legal_action" in types_of(nlp, text, DUPONT)


def test_a_lecture_given_is_no_meeting(nlp):
    text = "Intro. Après une conférence à Séoul, donnée mi-octobre par Claire Dupont, elle rentre à Paris."
    assert "meeting" not in types_of(nlp, text, DUPONT)


def test_things_thrown_in_a_protest_are_no_test_launch_or_transfer(nlp):
    text = "Intro. À Lyon, un groupe de manifestants a lancé des projectiles sur la police de Claire Dupont."
    found = types_of(nlp, text, DUPONT)
    assert "weapons_test" not in found and "launch" not in found
    text = "Intro. La Corée du Nord a lancé deux missiles balistiques mardi."
    assert "weapons_test" in types_of(nlp, text, [("Corée du Nord", "Corée du Nord", "country")])


def test_projectiles_received_in_a_rally_are_no_transfer(nlp):
    text = "Intro. La police de Claire Dupont a reçu des projectiles au cours d'un rassemblement à Paris."
    assert "arms_transfer" not in types_of(nlp, text, DUPONT)
    text = "Intro. L'Ukraine a reçu des missiles et des obus de la France mardi."
    assert "arms_transfer" in types_of(nlp, text, [("Ukraine", "Ukraine", "country"), ("France", "France", "country")])


def test_a_chamber_rejecting_a_bill_is_no_statement(nlp):
    text = "Intro. Le projet de loi de Claire Dupont a été rejeté mardi par le Sénat."
    assert "statement" not in types_of(nlp, text, DUPONT + [("Sénat", "Sénat", "organization")])
    text = "Intro. Claire Dupont a rejeté mardi le plan de paix de Paul Martin."
    assert "statement" in types_of(nlp, text, MARTIN_DUPONT)


def test_a_gathering_for_a_demonstration_is_a_protest(nlp):
    text = "Intro. Des milliers de militants de la CGT se réunissent le long du port pour une grande manifestation."
    found = types_of(nlp, text, [("CGT", "CGT", "organization")])
    assert "meeting" not in found and "protest" in found
    text = "Intro. Claire Dupont et Paul Martin se sont réunis mardi à Paris pour parler du budget."
    assert "meeting" in types_of(nlp, text, MARTIN_DUPONT)


def test_appel_as_a_stage_of_a_trial_is_no_call(nlp):
    for text in ("Intro. Condamnée en première instance, Claire Dupont avait gagné en appel l'an dernier.",
                 "Intro. Claire Dupont doit être jugée en appel en mars par la cour de Lyon."):
        assert "statement" not in types_of(nlp, text, DUPONT)


def test_a_call_made_stays_a_statement(nlp):
    text = "Intro. Claire Dupont a lancé mardi un appel au calme devant la mairie."
    assert "statement" in types_of(nlp, text, DUPONT)
