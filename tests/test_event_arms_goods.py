"""Issue 19: the goods an arms_transfer verb passes on are its direct object, its passive subject
or its 'en' complement (option goods_object): with another object the verb has another sense,
whatever words of arms the sentence holds; and a transfer verb used pronominally ('se livrer
à', 's'acheter') is no transfer (type option not_pronominal). Invented sentences."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

NORWAY = ("Norvège", "Norvège", "country")
SWEDEN = ("Suède", "Suède", "country")
DUPONT = ("Jean Dupont", "Jean Dupont", "person")


def test_an_order_given_about_tanks_is_no_transfer(nlp):
    text = "La Norvège et la Suède donnèrent finalement l'ordre de retirer les chars de la frontière."
    assert typed(run(nlp, text, [NORWAY, SWEDEN]), "arms_transfer") == []


def test_information_supplied_about_military_moves_is_no_transfer(nlp):
    text = "Jean Dupont est accusé d'avoir fourni des informations à la Suède sur les déplacements militaires."
    assert typed(run(nlp, text, [DUPONT, SWEDEN]), "arms_transfer") == []


def test_two_sides_engaged_in_a_military_exchange_is_no_transfer(nlp):
    text = "La Norvège et la Suède se livrent actuellement un échange militaire avec des tirs de roquettes."
    assert typed(run(nlp, text, [NORWAY, SWEDEN]), "arms_transfer") == []


def test_weapons_supplied_stay_a_transfer(nlp):
    text = "La Norvège fournit massivement des armes à la Suède depuis mars."
    assert len(typed(run(nlp, text, [NORWAY, SWEDEN]), "arms_transfer")) == 1


def test_surplus_of_armoured_vehicles_supplied_stay_a_transfer(nlp):
    text = "La Norvège a fourni à la Suède ses surplus de véhicules blindés et d'armes de guerre."
    assert len(typed(run(nlp, text, [NORWAY, SWEDEN]), "arms_transfer")) == 1


def test_weapons_delivered_in_the_passive_stay_a_transfer(nlp):
    text = "Quatre-vingts tonnes d'armes ont été livrées par la Norvège à la Suède."
    assert len(typed(run(nlp, text, [NORWAY, SWEDEN]), "arms_transfer")) == 1
