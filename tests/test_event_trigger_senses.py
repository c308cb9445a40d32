"""Other senses of trigger words read from their argument structure (issue 19, branch
issue-19-sense7), on French sentences written for these tests: a 'rencontre' against an
opponent (sense.is_contest), 'se rendre' from a named place to another (sense.names_a_journey),
'se retrouver' with an attribute or a quantity (constraints.is_reciprocal), 'accuser' a loss
(contexts.idiom_object), a verb of speech whose agent is an illness
(sense.spoken_by_a_natural_cause). Each rule loses its false event and keeps a true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def of_type(nlp, text, actors, event_type):
    return [e for e in run(nlp, text, actors) if e.event_type == event_type]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
DUPONT = [("Claire Dupont", "Claire Dupont", "person")]
BORDURIE = [("Bordurie", "Bordurie", "country")]
SYLDAVIE = [("Syldavie", "Syldavie", "country")]
PARTI = [("Parti du progrès", "Parti du progrès", "organization")]


def test_a_match_against_an_opponent_is_no_meeting(nlp):
    text = "Intro. Les joueurs de la Syldavie ont perdu leur rencontre contre la Bordurie samedi."
    assert not of_type(nlp, text, SYLDAVIE + BORDURIE, "meeting")


def test_a_meeting_with_someone_stays(nlp):
    text = "Intro. Paul Martin a eu mardi une longue rencontre avec Claire Dupont à Lille."
    assert of_type(nlp, text, MARTIN + DUPONT, "meeting")


def test_a_journey_from_one_place_to_another_is_no_visit(nlp):
    text = "Intro. Paul Martin se rendait de Lille en Bordurie quand son avion a dû se poser."
    assert not of_type(nlp, text, MARTIN + BORDURIE, "meeting")


def test_a_visit_to_a_country_stays(nlp):
    text = "Intro. Paul Martin s'est rendu mardi en Bordurie pour une visite officielle."
    assert of_type(nlp, text, MARTIN + BORDURIE, "meeting")


def test_a_visit_made_again_stays(nlp):
    text = "Intro. Paul Martin s'est rendu de nouveau en Bordurie mardi."
    assert of_type(nlp, text, MARTIN + BORDURIE, "meeting")


def test_ending_up_with_seats_is_no_meeting(nlp):
    text = "Intro. Le Parti du progrès se retrouverait à un niveau très bas, avec 30 sièges."
    assert not of_type(nlp, text, PARTI, "meeting")


def test_meeting_up_with_someone_stays(nlp):
    text = "Intro. Paul Martin s'est retrouvé mardi avec Claire Dupont à Lille."
    assert of_type(nlp, text, MARTIN + DUPONT, "meeting")


def test_ending_up_hailed_as_a_hero_is_no_meeting(nlp):
    text = "Intro. Paul Martin s'est retrouvé statufié en héros par la presse de Bordurie."
    assert not of_type(nlp, text, MARTIN + BORDURIE, "meeting")


def test_meeting_face_to_face_stays(nlp):
    text = "Intro. Paul Martin s'est retrouvé nez à nez avec Claire Dupont mardi à Lille."
    assert of_type(nlp, text, MARTIN + DUPONT, "meeting")


def test_recording_losses_is_no_accusation(nlp):
    text = "Intro. Paul Martin, qui dirige une usine, accuse des pertes importantes cette année."
    assert not of_type(nlp, text, MARTIN, "statement")


def test_accusing_a_state_stays(nlp):
    text = "Intro. Paul Martin accuse la Bordurie de mentir sur ses exportations."
    assert of_type(nlp, text, MARTIN + BORDURIE, "statement")


def test_doomed_by_an_illness_is_no_condemnation(nlp):
    text = ("Intro. Une Syldave de 60 ans, condamnée par la maladie de Paul Martin, a choisi de "
            "partir en Bordurie.")
    assert not of_type(nlp, text, MARTIN + BORDURIE + SYLDAVIE, "statement")


def test_doomed_by_an_illness_is_no_sentence(nlp):
    text = "Intro. Paul Martin, condamné par la maladie, a choisi de quitter la Bordurie."
    assert not of_type(nlp, text, MARTIN + BORDURIE, "legal_action")


def test_a_sentence_by_a_court_stays(nlp):
    text = "Intro. Paul Martin a été condamné mardi par le tribunal de Lille à deux ans de prison."
    assert of_type(nlp, text, MARTIN, "legal_action")


def test_a_condemnation_by_a_person_stays(nlp):
    text = "Intro. Paul Martin a condamné mardi l'attaque contre la Bordurie."
    assert of_type(nlp, text, MARTIN + BORDURIE, "statement")


def test_a_manifestation_of_a_domain_is_an_event_not_a_protest(nlp):
    text = ("Intro. Paul Martin a inauguré samedi à Lille une grande manifestation culturelle "
            "consacrée aux artistes de la région.")
    assert not of_type(nlp, text, MARTIN, "protest")
    text = "Intro. Claire Dupont a remporté un prix lors des manifestations horticoles de Lille."
    assert not of_type(nlp, text, DUPONT, "protest")


def test_a_protest_against_a_domain_policy_stays(nlp):
    text = ("Intro. Le Parti du progrès a organisé samedi à Lille une manifestation contre la "
            "politique culturelle du gouvernement.")
    assert of_type(nlp, text, PARTI, "protest")
    text = "Intro. Le Parti du progrès a organisé samedi à Lille une grande manifestation syndicale."
    assert of_type(nlp, text, PARTI, "protest")


def test_a_manifestation_beside_a_campaign_meeting_is_no_protest(nlp):
    text = ("Intro. Les meetings et manifestations publiques de Paul Martin attirent des milliers "
            "de personnes depuis le début de sa campagne.")
    assert not of_type(nlp, text, MARTIN, "protest")


def test_a_protest_beside_a_strike_stays(nlp):
    text = "Intro. Le Parti du progrès a organisé samedi des grèves et une manifestation à Lille."
    assert of_type(nlp, text, PARTI, "protest")
