"""Happenings told as a generic rule (a present "quand"/"lorsque" clause with an indefinite
subject), as the consequent of an unreal "si" supposition, or as a speaker's hypothesis in the
first-person conditional are no events (events/hypothesis.py), on French sentences written for
these tests; the told, reported and announced ones stay."""
from __future__ import annotations

from newsledger.extract.events.hypothesis import is_speaker_hypothesis, is_under_supposition
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


def triggers_of(nlp, text, actors):
    return [e.trigger for e in run(nlp, text, actors)]


def test_what_a_locution_of_supposition_frames_is_no_event(nlp):
    # "au cas où", "dans l'hypothèse où" with a clause in the conditional, and the phrase of
    # "dans l'hypothèse de": supposed, not told
    assert "premier tour" not in triggers_of(nlp, "Intro. Dans l'hypothèse où il gagnerait la primaire, Paul "
                                                  "Martin n'obtiendrait que 8 % des voix au premier tour.", MARTIN)
    assert "remporterait" not in triggers_of(nlp, "Intro. Au cas où elle remporterait la primaire, Claire Dupont "
                                                  "serait qualifiée pour le second tour.", MARTIN)
    assert "election" not in types_of(nlp, "Intro. Dans l'hypothèse d'un duel entre Claire Dupont et le "
                                           "candidat de la droite au second tour de la présidentielle, Paul "
                                           "Martin a dit qu'il s'abstiendrait.", MARTIN)


def test_what_a_locution_of_supposition_does_not_frame_stays(nlp):
    # a clause in the indicative beside "au cas où" is told; "dans le cas de" means "as for"
    assert "election" in types_of(nlp, "Intro. Au cas où certains l'auraient oublié, Paul Martin a été élu "
                                       "maire en 2014.", MARTIN)
    assert "election" in types_of(nlp, "Intro. Dans le cas de Lyon, le premier tour a été remporté par "
                                       "Claire Dupont avec 40 % des voix.", MARTIN)


def test_definite_noun_of_the_locutions_own_clause_is_presupposed(nlp):
    # the complaint of "sa plainte" was filed; only its dismissal is supposed. The other
    # complaint, in the clause the locution frames, is supposed.
    doc = nlp("Dans l'hypothèse où le parquet classerait sa plainte sans suite, Paul Martin déposerait "
              "une autre plainte.")
    first, second = [t for t in doc if t.lower_ == "plainte"]
    assert not is_under_supposition(first)
    assert is_under_supposition(second)


def test_vote_share_in_the_present_conditional_is_a_projection(nlp):
    # a poll's projected score: what would be, not an election told
    assert "election" not in types_of(nlp, "Intro. Le candidat écologiste Paul Martin remporterait de son côté "
                                           "3 % des suffrages au premier tour.", MARTIN)
    assert "election" not in types_of(nlp, "Intro. Selon ce sondage, Paul Martin remporterait le second tour "
                                           "avec 58 % des voix face à Claire Dupont.", MARTIN)
    assert "election" not in types_of(nlp, "Intro. Paul Martin serait élu au second tour avec 52 % des voix "
                                           "face à Claire Dupont.", MARTIN)


def test_counted_or_named_vote_share_stays(nlp):
    # a told or reported count, and a poll about a named election, keep the election
    assert "election" in types_of(nlp, "Intro. Paul Martin a remporté le second tour avec 58 % des voix face "
                                       "à Claire Dupont.", MARTIN)
    assert "election" in types_of(nlp, "Intro. Paul Martin aurait remporté le second tour avec 58 % des voix "
                                       "face à Claire Dupont, selon les premiers résultats.", MARTIN)
    assert "election" in types_of(nlp, "Intro. Paul Martin arriverait en tête au second tour des municipales "
                                       "à Lyon avec 44 % des voix, devant Claire Dupont.", MARTIN)
    # an election named by its own noun is the scheduled one the poll is about
    assert "election" in types_of(nlp, "Intro. Selon un sondage, 8 % des électeurs voteraient pour Paul Martin "
                                       "aux prochaines élections européennes.", MARTIN)
