"""Issue 19, recall of statements (branch issue-19-stmt2): praise whose words are quoted as
the object ('célébrer « ... »', option or_quoted), the idioms of warning 'tirer la sonnette /
le signal d'alarme' and 'faire part de' a feeling (support verbs), and the subject a
participial adjunct takes from a pronominal verb the parser read as passive
(participants.governor_subjects). Invented sentences: each rule keeps its true statement, and
a control that must not fire."""
from __future__ import annotations

from test_events import nlp, roles, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import DENMARK, VALMONT, typed

PERU = ("Pérou", "Pérou", "country")
CHILE = ("Chili", "Chili", "country")
BOLIVIA = ("Bolivie", "Bolivie", "country")
ORTEGA = ("Luis Ortega", "Luis Ortega", "person")


def test_praise_with_quoted_words_is_a_statement(nlp):
    text = "Le ministre Luis Ortega a célébré « un succès historique » de son équipe."
    (ev,) = typed(run(nlp, text, [ORTEGA]), "statement")
    assert roles(ev) == {"Luis Ortega": "source"}


def test_celebrating_a_thing_is_no_statement(nlp):
    for text in ("Le ministre Luis Ortega a célébré les cent ans de la mairie.",
                 "« Luis Ortega a célébré un succès historique », a dit un voisin."):
        assert typed(run(nlp, text, [ORTEGA]), "statement") == [], text


def test_ringing_the_alarm_bell_is_a_warning(nlp):
    for text in ("Le Pérou a tiré la sonnette d'alarme sur la pêche illégale.",
                 "Le Pérou a tiré le signal d'alarme face à la sécheresse."):
        (ev,) = typed(run(nlp, text, [PERU]), "statement")
        assert roles(ev) == {"Pérou": "source"}, text
        assert ev.statement_kind == "threaten", text


def test_pulling_a_bell_is_no_warning(nlp):
    assert typed(run(nlp, "Luis Ortega a tiré la sonnette de la maison.", [ORTEGA]), "statement") == []


def test_telling_a_feeling_is_a_statement(nlp):
    text = "Le Danemark a fait part de sa solidarité avec le Pérou après le séisme."
    (ev,) = typed(run(nlp, text, [DENMARK, PERU]), "statement")
    assert roles(ev)["Danemark"] == "source"


def test_telling_an_intention_is_no_statement(nlp):
    text = "Jean Valmont a fait part de son intention de quitter la ville."
    assert typed(run(nlp, text, [VALMONT]), "statement") == []


def test_participial_adjunct_takes_the_subject_of_a_pronominal_verb(nlp):
    # after a fronted date the parser labels "la Bolivie" a passive subject of "s'est déclarée"
    text = "Jeudi, la Bolivie s'est déclarée favorable à une trêve, rejetant un appel du Chili."
    evs = typed(run(nlp, text, [BOLIVIA, CHILE]), "statement")
    rejecting = next(e for e in evs if e.trigger == "rejetant")
    assert roles(rejecting)["Bolivie"] == "source"
    assert roles(rejecting).get("Chili") != "source"


def test_adjunct_of_a_true_passive_takes_no_subject(nlp):
    # "a été arrêté": the passive subject is the one acted on, not the one who condemns
    text = "Luis Ortega a été arrêté mardi, condamnant aussitôt la décision du Pérou."
    for ev in typed(run(nlp, text, [ORTEGA, PERU]), "statement"):
        assert roles(ev).get("Luis Ortega") != "source"
