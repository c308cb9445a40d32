"""Whom a "selon X" or "d'après X" phrase names reports the sentence and takes no part in
what it tells (events/participants.py: informant_indices, is_reporting_phrase); a subject the
parser hung on such an opening phrase, after its comma, is still the verb's subject
(hung_subjects). Invented sentences."""
from __future__ import annotations

import pytest

from newsledger.extract.nlp import get_nlp
from test_events import only, roles, run

COUNTRIES = ["Thaïlande", "Laos", "Cambodge", "Corée du Sud", "Pologne"]


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def actors_of(text):
    return [(c, c, "country") for c in COUNTRIES if c in text] + (
        [("Maison Blanche", "Maison Blanche", "organization")] if "Maison Blanche" in text else [])


@pytest.mark.parametrize("text", [
    "Selon la Thaïlande, le Laos a livré des fusils d'assaut au Cambodge.",
    "Le Laos a livré des fusils d'assaut au Cambodge, selon la Thaïlande.",
    "D'après la Thaïlande, le Laos a livré des fusils d'assaut au Cambodge.",
])
def test_whom_selon_names_takes_no_part(nlp, text):
    ev = only(run(nlp, text, actors_of(text)), "arms_transfer")
    assert roles(ev) == {"Laos": "source", "Cambodge": "target"}


def test_a_selon_phrase_the_parser_hangs_inside_the_subject(nlp):
    text = "Selon la Thaïlande, trois soldats du Laos ont été arrêtés au Cambodge."
    ev = only(run(nlp, text, actors_of(text)), "legal_action")
    assert "Thaïlande" not in roles(ev) and "Laos" in roles(ev)


def test_a_subject_hung_on_the_opening_selon_phrase_is_the_doer(nlp):
    text = "Selon la Maison Blanche, la Corée du Sud a livré à la Pologne des centaines de chars."
    ev = only(run(nlp, text, actors_of(text)), "arms_transfer")
    assert roles(ev) == {"Corée du Sud": "source", "Pologne": "target"}


def test_the_triggers_own_selon_phrase_keeps_its_parties(nlp):
    text = "Selon l'accord de cessez-le-feu conclu entre le Laos et le Cambodge, les troupes se retirent."
    ev = only(run(nlp, text, actors_of(text)), "agreement")
    assert set(roles(ev)) == {"Laos", "Cambodge"}
