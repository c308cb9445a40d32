"""Statement triggers in a sense that tells no act of speech (issue 19, branch
issue-19-stmtsense), on French sentences written for these tests: 'proposer' offering goods,
a meal or a job (events/offer.py), the verbal adjective in '-ant' (events/verbal_adjective.py),
a 'menace' qualified by the kind of its peril (sense.names_a_danger_kind) or by any adjective
with no content, target, author or possessive (sense.names_a_danger, branch issue-19-sense),
'proposer à X de faire' to one person (offer.offers_a_person_to_act). Each rule loses its
false event and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def statements(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "statement"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
AGENCE = [("Office syldave", "Office syldave", "organization")]


def test_a_trader_offering_meals_makes_no_proposal(nlp):
    text = "Intro. Le restaurateur Paul Martin ne propose que des plats à emporter depuis lundi."
    assert not statements(nlp, text, MARTIN)


def test_a_firm_offering_seats_makes_no_proposal(nlp):
    text = "Intro. Claire Dupont a dit que l'Office syldave proposera 70 % des places."
    assert not any(e.trigger.endswith("proposera") for e in statements(nlp, text, DUPONT + AGENCE))


def test_a_proposal_of_a_measure_stays(nlp):
    text = "Intro. Le ministre Paul Martin a proposé mardi une réforme des retraites."
    assert statements(nlp, text, MARTIN)


def test_a_proposal_to_act_stays(nlp):
    text = "Intro. Le ministre Paul Martin a proposé de supprimer la taxe sur les billets."
    assert statements(nlp, text, MARTIN)


def test_the_verbal_adjective_is_no_demand(nlp):
    text = "Intro. Le ministre Paul Martin s'est montré exigeant avec les préfets."
    assert not statements(nlp, text, MARTIN)


def test_the_present_participle_of_a_demand_stays(nlp):
    text = "Intro. Le ministre Paul Martin a écrit aux préfets, exigeant leur démission immédiate."
    assert statements(nlp, text, MARTIN)


def test_a_danger_of_a_kind_is_no_threat(nlp):
    text = "Intro. La menace terroriste est soulignée par l'Office syldave, selon la presse."
    assert not statements(nlp, text, AGENCE)


def test_a_threat_with_its_content_stays(nlp):
    text = "Intro. Paul Martin a renouvelé ses menaces de quitter le gouvernement mardi."
    assert statements(nlp, text, MARTIN)


# 'proposer à X de faire' to one person: an offer or an invitation (events/offer.py,
# offers_a_person_to_act; branch issue-19-stmtsense, 2026-12-07)

def test_an_offer_to_a_named_person_to_act_is_no_proposal(nlp):
    text = "Intro. Le maire Paul Martin a proposé à Claire Dupont de figurer sur sa liste aux municipales."
    assert not statements(nlp, text, MARTIN + DUPONT)


def test_an_offer_to_be_head_of_list_is_no_proposal(nlp):
    text = "Intro. Le ministre Paul Martin a proposé à l'ancienne députée Claire Dupont d'être tête de liste."
    assert not statements(nlp, text, MARTIN + DUPONT)


def test_an_invitation_by_a_dative_pronoun_is_no_proposal(nlp):
    text = "Intro. Après un silence, Paul Martin leur a proposé de prendre une photo avec lui."
    assert not statements(nlp, text, MARTIN)


def test_a_proposal_to_a_body_to_act_stays(nlp):
    text = "Intro. Le ministre Paul Martin a proposé au gouvernement de supprimer la taxe."
    assert statements(nlp, text, MARTIN)


def test_a_proposal_to_unions_to_act_stays(nlp):
    text = "Intro. Le ministre Paul Martin a proposé aux syndicats de reprendre les négociations."
    assert statements(nlp, text, MARTIN)


# a singular 'menace' with an adjective of its own and no possessive, content, target or
# author, and not wielded: the danger assessed (sense.names_a_danger; branch issue-19-sense)

BORDURIE = [("Bordurie", "Bordurie", "country")]
SYLDAVIE = [("Syldavie", "Syldavie", "country")]


def test_a_danger_named_by_its_origin_is_no_threat(nlp):
    text = "Intro. La Bordurie invoque une menace américaine pour justifier ses essais en Syldavie."
    assert not statements(nlp, text, BORDURIE + SYLDAVIE)


def test_a_heightened_danger_is_no_threat(nlp):
    text = "Intro. Les opérations de la Bordurie s'expliquent par une menace accrue de la Syldavie, selon la presse."
    assert not statements(nlp, text, BORDURIE + SYLDAVIE)


def test_a_danger_of_a_kind_with_a_purpose_is_no_threat(nlp):
    text = "Intro. La Bordurie invoque une menace islamiste grandissante pour justifier ses opérations en Syldavie."
    assert not statements(nlp, text, BORDURIE + SYLDAVIE)


def test_a_threat_wielded_stays(nlp):
    text = "Intro. Paul Martin a brandi mardi la menace nucléaire devant les journalistes."
    assert statements(nlp, text, MARTIN)


def test_a_threat_with_its_target_stays(nlp):
    text = "Intro. Paul Martin a proféré une menace directe contre la Bordurie mardi."
    assert statements(nlp, text, MARTIN + BORDURIE)


def test_a_threat_with_its_content_and_an_adjective_stays(nlp):
    text = "Intro. Paul Martin a lancé mardi une menace claire de quitter la Bordurie."
    assert statements(nlp, text, MARTIN + BORDURIE)


def test_a_possessed_threat_stays(nlp):
    text = "Intro. Paul Martin a mis sa menace répétée à exécution mardi."
    assert statements(nlp, text, MARTIN)


# a statement verb that records a toll: counted cases of a disease (contexts.casualty) or, for
# 'déplorer' and 'accuser', a toll ranked by a superlative (constraints.ranks_a_toll; branch
# issue-19-sense)

def test_a_ranked_toll_is_recorded_not_deplored(nlp):
    text = "Intro. Avec 3.000 décès, la Bordurie déplore le bilan le plus lourd de la région."
    assert not statements(nlp, text, BORDURIE)


def test_a_toll_ranked_by_an_ordinal_and_a_superlative_is_no_accusation(nlp):
    text = "Intro. Avec 3.000 décès, la Bordurie accuse le troisième bilan le plus lourd du continent."
    assert not statements(nlp, text, BORDURIE)


def test_counted_infections_are_recorded_not_deplored(nlp):
    text = "Intro. Début mai, la Bordurie déplorait plus de 2.000 nouvelles contaminations par jour."
    assert not statements(nlp, text, BORDURIE)


def test_a_toll_deplored_without_rank_stays(nlp):
    text = "Intro. Le ministre Paul Martin a déploré mardi le lourd bilan de ces attaques."
    assert statements(nlp, text, MARTIN)


def test_a_ranked_toll_announced_stays(nlp):
    text = "Intro. Le ministre Paul Martin a annoncé mardi le bilan le plus lourd depuis un an."
    assert statements(nlp, text, MARTIN)


# 'saluer' greeting people present (sense.greets_people) and 'accuser réception de' (the bare
# object of an idiom with its own "de" complement, constraints.has_idiom_object; branch
# issue-19-speak4)

def test_a_crowd_greeted_is_no_praise(nlp):
    text = "Intro. À sa sortie de la mairie, le ministre Paul Martin a salué la foule en souriant."
    assert not statements(nlp, text, MARTIN)


def test_each_veteran_greeted_is_no_praise(nlp):
    text = "Intro. Devant le monument, Claire Dupont salue chaque vétéran présent."
    assert not statements(nlp, text, DUPONT)


def test_a_queen_greeted_on_arrival_is_no_praise(nlp):
    text = "Intro. Descendu de l'avion, Paul Martin a ensuite salué la reine avec laquelle il a parlé."
    assert not statements(nlp, text, MARTIN)


def test_a_receipt_acknowledged_is_no_accusation(nlp):
    text = "Intro. Le ministre Paul Martin a accusé réception de la lettre du syndicat mardi."
    assert not statements(nlp, text, MARTIN)


def test_people_praised_for_a_deed_stay(nlp):
    text = "Intro. Le ministre Paul Martin a salué les fidèles pour leur respect des consignes."
    assert statements(nlp, text, MARTIN)


def test_people_praised_in_a_quotation_stay(nlp):
    text = "Intro. Claire Dupont a salué les partisans « restés fidèles jusqu'au bout »."
    assert statements(nlp, text, DUPONT)


def test_a_decision_praised_stays(nlp):
    text = "Intro. Le ministre Paul Martin a salué mardi la décision de la reine."
    assert statements(nlp, text, MARTIN)


def test_an_accusation_of_a_person_stays(nlp):
    text = "Intro. Le ministre Paul Martin a accusé le préfet de mensonge mardi."
    assert statements(nlp, text, MARTIN)
