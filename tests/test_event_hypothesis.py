"""Happenings told as a generic rule (a present "quand"/"lorsque" clause with an indefinite
subject), as the consequent of an unreal "si" supposition, or as a speaker's hypothesis in the
first-person conditional are no events (events/hypothesis.py), on French sentences written for
these tests; the told, reported and announced ones stay."""
from __future__ import annotations

from newsledger.extract.events.hypothesis import is_speaker_hypothesis
from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

MARTIN = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person")]


def types_of(nlp, text, actors):
    return [e.event_type for e in run(nlp, text, actors)]


def test_generic_when_clause_tells_no_happening(nlp):
    assert "attack" not in types_of(nlp, "Intro. « Quand il y a une agression contre Paul Martin, la police "
                                         "peut intervenir », a estimé Claire Dupont.", MARTIN)
    assert "legal_action" not in types_of(nlp, "Intro. Paul Martin a rappelé que « lorsqu'un élu est mis en "
                                               "examen, il ne peut pas siéger ».", MARTIN)


def test_told_when_clause_stays(nlp):
    # a definite subject, a compound tense or a dated narrative present tell a happening
    assert "meeting" in types_of(nlp, "Intro. Lorsque Paul Martin a rencontré Claire Dupont mardi à Paris, "
                                      "il a évoqué la crise.", MARTIN)
    assert "meeting" in types_of(nlp, "Intro. Quand Paul Martin rencontre Claire Dupont mardi à Paris, il "
                                      "évoque la crise.", MARTIN)


def test_consequent_of_unreal_supposition_is_no_event(nlp):
    assert "election" not in types_of(nlp, "Intro. Paul Martin remporterait la primaire si Claire Dupont "
                                           "se retirait.", MARTIN)
    assert "legal_action" not in types_of(nlp, "Intro. « Si j'étais resté à Lyon, on allait m'arrêter », "
                                               "assure Paul Martin.", MARTIN)


def test_factual_or_conceded_si_clause_stays(nlp):
    assert "meeting" in types_of(nlp, "Intro. Même s'il était fatigué, Paul Martin a rencontré Claire Dupont "
                                      "mardi à Paris.", MARTIN)
    assert "meeting" in types_of(nlp, "Intro. Si Paul Martin hésitait encore, il a rencontré Claire Dupont "
                                      "mardi à Paris.", MARTIN)


def test_speaker_conditional_is_no_event_reporting_conditional_stays(nlp):
    assert "meeting" not in types_of(nlp, "Intro. « Je rencontrerais volontiers Claire Dupont », a déclaré "
                                          "Paul Martin.", MARTIN)
    # the press's reporting conditional has a third person subject
    doc = nlp("Paul Martin rencontrerait Claire Dupont mardi à Paris, selon la presse.")
    assert not is_speaker_hypothesis([t for t in doc if t.text == "rencontrerait"][0])
