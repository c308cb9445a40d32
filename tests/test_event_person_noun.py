"""A trigger noun whose masculine names a person (data/person_nouns.json: "le critique du
régime" is a critic, "la critique" an act): marked so by its determiner or an adjective, it is
no statement (events.person_noun). Sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Jean Dupont", "Jean Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
BLEU = ("Parti bleu", "Parti bleu", "organization")


def criticisms(events):
    return [e for e in events if e.event_type == "statement" and "critique" in e.trigger.lower()]


def test_a_critic_named_by_an_agreeing_adjective_is_no_criticism(nlp):
    text = "Jean Dupont, principal critique du Parti bleu, a été arrêté lundi."
    assert not criticisms(run(nlp, text, [DUPONT, BLEU]))


def test_a_critic_named_by_a_masculine_determiner_is_no_criticism(nlp):
    text = "Le sénateur Paul Martin, un critique du Parti bleu, votera contre le texte."
    assert not criticisms(run(nlp, text, [MARTIN, BLEU]))


def test_critics_named_by_a_masculine_plural_adjective_make_no_criticism(nlp):
    text = "Les principaux critiques du Parti bleu, dont Jean Dupont, ont été arrêtés."
    assert not criticisms(run(nlp, text, [DUPONT, BLEU]))


def test_a_criticism_with_a_feminine_determiner_stays(nlp):
    text = "La critique de Jean Dupont contre le Parti bleu a surpris lundi."
    [ev] = criticisms(run(nlp, text, [DUPONT, BLEU]))
    assert roles(ev).get("Jean Dupont") == "source"


def test_criticisms_with_a_feminine_adjective_stay(nlp):
    text = "Les vives critiques de Jean Dupont contre le Parti bleu ont surpris lundi."
    [ev] = criticisms(run(nlp, text, [DUPONT, BLEU]))
    assert roles(ev).get("Jean Dupont") == "source"


def test_the_verb_critiquer_stays(nlp):
    text = "Jean Dupont critique le Parti bleu."
    [ev] = criticisms(run(nlp, text, [DUPONT, BLEU]))
    assert roles(ev).get("Jean Dupont") == "source"
