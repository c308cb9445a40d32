"""Issue 19, recall of legal actions (branch issue-19-rec6): "interpeller" told in the passive
with no agent and no complement of topic is the police's sense, an arrest, even with no word
of a court or the police in the sentence (events/held.py). The questioning sense, which names
who questions or what about, stays out."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import VALMONT, typed

MARTIN = ("Paul Martin", "Paul Martin", "person")


def test_a_passive_interpeller_with_no_agent_is_an_arrest(nlp):
    text = "Jean Valmont a été interpellé dimanche à Marseille."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}
    text = "Trois militants, dont Jean Valmont, ont été interpellés samedi."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}
    text = "Le journaliste Jean Valmont a été interpellé lundi."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}


def test_interpeller_that_names_who_questions_or_what_about_stays_out(nlp):
    for text in ("Le ministre Paul Martin a été interpellé par une retraitée lors de son déplacement.",
                 "Le ministre Paul Martin a été interpellé sur la réforme des retraites.",
                 "Paul Martin a été interpellé au sujet de la réforme des retraites lundi.",
                 "Le Premier ministre Paul Martin a été interpellé au Sénat mardi.",
                 # the agent hung by the parser on a complement of place
                 "En visite à Lyon, le ministre Paul Martin a été interpellé en pleine rue par deux hommes."):
        assert typed(run(nlp, text, [MARTIN]), "legal_action") == [], text
    # one held who is not named: the names elsewhere in the sentence take no part in it
    text = "Un individu a été interpellé mardi à Lyon, a précisé Paul Martin."
    assert typed(run(nlp, text, [MARTIN]), "legal_action") == []
    text = "« Ceux qui ont été interpellés sont des délinquants », a déploré Paul Martin."
    assert typed(run(nlp, text, [MARTIN]), "legal_action") == []
    # the active voice still needs a word of the police or a court
    text = "Jean Valmont a interpellé le ministre Paul Martin."
    assert typed(run(nlp, text, [VALMONT, MARTIN]), "legal_action") == []
