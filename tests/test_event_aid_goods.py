"""Issue 19: an aid verb's goods are its object (option goods_object, contexts.relief_goods, or
money with option or_money): a relief word elsewhere in the sentence does not make a text
message or dividends aid; 's'accorder' agrees, it grants nothing (aid is not_pronominal).
Invented sentences."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

DUPONT = ("Jean Dupont", "Jean Dupont", "person")
NORWAY = ("Norvège", "Norvège", "country")
CHAD = ("Tchad", "Tchad", "country")
UN = ("ONU", "ONU", "organization")


def test_a_text_message_sent_by_a_victim_is_no_aid(nlp):
    text = "Parmi les victimes, Jean Dupont avait envoyé un message à sa famille avant le naufrage."
    assert typed(run(nlp, text, [DUPONT]), "aid") == []


def test_paying_dividends_is_no_aid(nlp):
    text = "Jean Dupont a interdit de verser des dividendes aux entreprises qui ont reçu un prêt de l'État."
    assert typed(run(nlp, text, [DUPONT]), "aid") == []


def test_accounts_that_agree_grant_nothing(nlp):
    text = "Les récits des rescapés et de l'ONU s'accordent sur le fait que les réfugiés venaient du Tchad."
    assert typed(run(nlp, text, [UN, CHAD]), "aid") == []


def test_relief_goods_sent_stay_aid(nlp):
    text = "La Norvège a envoyé des tentes et des couvertures aux sinistrés du Tchad."
    assert len(typed(run(nlp, text, [NORWAY, CHAD]), "aid")) == 1


def test_money_released_for_victims_stays_aid(nlp):
    text = "La Norvège a débloqué dix millions d'euros pour les sinistrés du Tchad."
    assert len(typed(run(nlp, text, [NORWAY, CHAD]), "aid")) == 1


def test_a_plane_filled_with_medical_supplies_stays_aid(nlp):
    text = "La Norvège a envoyé au Tchad trois avions remplis de matériel médical et de nourriture pour les réfugiés."
    assert len(typed(run(nlp, text, [NORWAY, CHAD]), "aid")) == 1
