"""Aid granted: the verbs of granting and sending help besides 'accorder' and 'envoyer'
('octroyer' with a word of contexts.aid; 'allouer', 'dépêcher', 'acheminer' with a word of
contexts.aid or contexts.aid_relief, or for 'dépêcher' the rescuers sent; none as a bare
infinitive or a present participle, option finite), an aid noun whose 'de' complement is an
amount of money (option or_money, events/aid_grant.names_an_amount), and the present of a
descriptive relative that tells what a body does as a rule (option not_descriptive,
events/aid_grant.describes_activity), on French sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

STATES = [("Chili", "Chili", "country"), ("Pérou", "Pérou", "country")]
BANK = [("Banque andine", "Banque andine", "organization")]
NGO = [("Pain pour tous", "Pain pour tous", "organization")]


def aid(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "aid"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_a_loan_granted_is_aid(nlp):
    found = aid(nlp, "Intro. La Banque andine a octroyé un prêt de 2 milliards de dollars au Pérou.",
                BANK + STATES)
    assert found and {"Banque andine", "Pérou"} <= names(found)


def test_humanitarian_money_allotted_is_aid(nlp):
    text = "Intro. Le Chili a alloué 10 millions d'euros d'aide humanitaire au Pérou."
    assert {"Chili", "Pérou"} <= names(aid(nlp, text, STATES))


def test_rescuers_dispatched_are_aid(nlp):
    text = "Intro. Le Chili a dépêché une équipe de secouristes au Pérou après le séisme."
    assert {"Chili", "Pérou"} <= names(aid(nlp, text, STATES))


def test_food_routed_is_aid(nlp):
    text = "Intro. Le Chili a acheminé de la nourriture et des médicaments au Pérou."
    assert "Chili" in names(aid(nlp, text, STATES))


def test_an_amount_of_money_makes_the_aid_noun_financial_aid(nlp):
    text = "Intro. Le Chili a promis une aide de 30 millions de dollars au Pérou."
    assert {"Chili", "Pérou"} <= names(aid(nlp, text, STATES))


def test_what_is_granted_or_sent_that_is_no_help_is_no_aid(nlp):
    for text in ("Intro. Le Chili a dépêché un émissaire au Pérou.",
                 "Intro. Le Chili a dépêché des troupes au Pérou.",
                 "Intro. Le Chili a alloué un budget de 10 millions d'euros à sa défense.",
                 "Intro. Le Chili a octroyé la nationalité chilienne à un ministre du Pérou.",
                 "Intro. Le Chili a dépêché un consul au Pérou de toute urgence.",
                 "Intro. Le Chili a acheminé des tracts au Pérou."):
        assert not aid(nlp, text, STATES), text


def test_aid_money_only_asked_for_or_the_help_of_a_manner_is_no_aid(nlp):
    text = "Intro. Le Pérou demande une aide de 30 millions de dollars au Chili."
    assert not aid(nlp, text, STATES)
    text = "Intro. Avec l'aide de 30 millions de dollars du Chili, le Pérou a reconstruit le pont."
    assert not aid(nlp, text, STATES)


def test_what_a_body_does_as_a_rule_is_no_happening(nlp):
    text = "Intro. Pain pour tous, une ONG qui distribue des aides alimentaires au Pérou, s'inquiète."
    assert not aid(nlp, text, NGO + STATES)
    text = "Intro. Pain pour tous, une ONG qui achemine des vivres au Pérou, s'inquiète."
    assert not aid(nlp, text, NGO + STATES)
    text = "Intro. Pain pour tous, qui a acheminé des vivres au Pérou, s'inquiète."
    assert aid(nlp, text, NGO + STATES)


MARTIN = [("Paul Martin", "Paul Martin", "person")]


def test_help_only_aimed_at_or_seen_handed_out_is_no_aid_of_the_named(nlp):
    text = "Intro. Le Chili propose une trêve afin de permettre d'acheminer de la nourriture au Pérou."
    assert not aid(nlp, text, STATES)
    text = ("Intro. Le ministre Paul Martin a vu des camions acheminant des vivres aux "
            "sinistrés du Pérou.")
    assert "Paul Martin" not in names(aid(nlp, text, MARTIN + STATES))


def test_funds_allotted_are_spending_no_aid(nlp):
    text = "Intro. Le député a payé ses vins avec les fonds alloués par le Chili pour ses frais."
    assert not aid(nlp, text, STATES)
