"""Aid and sanctions in another sense: an aid noun written with a capital initial right after a
determiner inside a sentence is the first word of a proper name (a standing scheme, a body;
events/sense.written_as_a_name); an aid verb that grants a status or a permission or puts a
piece into a file (events/aid_sense.py); a veto opposed to a law or a bill, inside a state
(events/sense.vetoes_a_law), on French sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

STATES = [("Chili", "Chili", "country"), ("Pérou", "Pérou", "country")]


def aid(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "aid"]


def test_a_scheme_named_with_a_capital_is_no_aid(nlp):
    text = ("Intro. Le gouvernement du Chili veut réduire l'accès à l'Aide médicale universelle "
            "pour les étrangers.")
    assert not aid(nlp, text, STATES)


def test_the_same_aid_in_lower_case_is_kept(nlp):
    text = "Intro. Le Chili a envoyé une aide médicale d'urgence au Pérou après le séisme."
    assert aid(nlp, text, STATES)


def test_an_aid_noun_at_the_start_of_a_sentence_is_kept(nlp):
    text = "Intro. Aide humanitaire du Chili au Pérou : dix avions ont décollé mardi."
    assert aid(nlp, text, STATES)


def test_a_status_granted_is_no_aid(nlp):
    text = "Intro. Le Chili a accordé le statut de réfugié à trois victimes venues du Pérou."
    assert not aid(nlp, text, STATES)


def test_relief_granted_is_kept(nlp):
    text = "Intro. Le Chili a accordé une aide humanitaire d'urgence au Pérou après le séisme."
    assert aid(nlp, text, STATES)


def test_a_piece_put_into_a_file_is_no_aid(nlp):
    text = ("Intro. Selon le Chili, aucune pièce nouvelle n'a été versée au dossier des victimes "
            "du Pérou.")
    assert not aid(nlp, text, STATES)


def test_money_paid_to_the_stricken_is_kept(nlp):
    text = "Intro. Le Chili a versé dix millions d'euros d'aide aux sinistrés du Pérou."
    assert aid(nlp, text, STATES)


def sanction(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "sanction"]


def test_a_veto_on_a_bill_is_no_sanction(nlp):
    text = "Intro. Le président du Pérou a opposé son veto à plusieurs articles du projet de loi sur les loyers."
    assert not sanction(nlp, text, STATES)


def test_a_veto_on_a_resolution_is_kept(nlp):
    text = "Intro. Le Chili a opposé son veto au projet de résolution sur le Pérou au Conseil de sécurité."
    assert sanction(nlp, text, STATES)


def test_a_search_and_rescue_zone_is_no_aid(nlp):
    text = ("Intro. Le navire du Chili croisait mardi dans la zone de recherche et de sauvetage "
            "du Pérou.")
    assert not aid(nlp, text, STATES)


def test_a_rescue_in_a_zone_is_kept(nlp):
    text = "Intro. Le Chili a mené le sauvetage de quarante marins dans la zone côtière du Pérou."
    assert aid(nlp, text, STATES)
