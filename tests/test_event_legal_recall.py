"""Issue 19, recall of legal actions: the one a passive infinitive is done to ("X doit être
jugé"), one brought before a judge. Each rule
with an invented sentence that must keep its true event and one that must not fire."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import DENMARK, VALMONT, typed

NORWAY = ("Norvège", "Norvège", "country")


def test_one_a_passive_infinitive_is_done_to_is_the_subject_it_shares(nlp):
    text = "Jean Valmont devrait être poursuivi pour fraude fiscale."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}
    text = "Jean Valmont affirme avoir été arrêté sans motif par la police."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}
    # what is feared, risked or refused is no happening
    # a demand on people named by a common noun only ("les prisonniers doivent être relâchés")
    text = "Selon la Norvège, les prisonniers doivent être relâchés avant les négociations."
    assert typed(run(nlp, text, [NORWAY]), "legal_action") == []
    for text in ("Jean Valmont craint d'être arrêté à son retour.",
                 "Jean Valmont refuse d'être extradé vers la Norvège.",
                 "Jean Valmont risque d'être condamné à dix ans de prison."):
        assert typed(run(nlp, text, [VALMONT, NORWAY]), "legal_action") == [], text


def test_brought_before_a_judge_is_a_legal_action(nlp):
    text = "Jean Valmont doit être présenté devant un juge d'instruction vendredi."
    (ev,) = typed(run(nlp, text, [VALMONT]), "legal_action")
    assert roles(ev) == {"Jean Valmont": "target"}
    # arguments or a file put before a court name no one brought there
    text = "Jean Valmont a présenté devant le tribunal un dossier de trois cents pages."
    assert typed(run(nlp, text, [VALMONT]), "legal_action") == []
