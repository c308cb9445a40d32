"""Where the one acted on comes from ("originaire de", "natif de", "ressortissant de") takes no
part in a legal action; the state where it takes place stays (events/origin.py). French
sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Sénégal", "Sénégal", "country"),
          ("Mali", "Mali", "country"), ("Libye", "Libye", "country")]


def legal(nlp, text):
    return typed(run(nlp, text, PEOPLE), "legal_action")


def test_countries_of_origin_of_the_detained_take_no_part(nlp):
    found = legal(nlp, "Intro. Les rescapés, originaires du Sénégal et du Mali, ont été placés en détention.")
    assert not any(names(e) & {"Sénégal", "Mali"} for e in found)


def test_country_of_origin_in_the_detention_noun_takes_no_part(nlp):
    found = legal(nlp, "Intro. La détention de migrants originaires du Mali a été prolongée.")
    assert not any("Mali" in names(e) for e in found)


def test_the_state_where_the_detention_takes_place_stays(nlp):
    found = legal(nlp, "Intro. Le chauffeur, originaire du Mali, a été placé en détention en Libye.")
    assert found and "Libye" in names(found[0]) and "Mali" not in names(found[0])


def test_a_named_suspect_stays(nlp):
    found = legal(nlp, "Intro. L'arrestation de Paul Martin, natif du Sénégal, a été annoncée mardi.")
    assert found and "Paul Martin" in names(found[0]) and "Sénégal" not in names(found[0])


def test_every_country_of_a_listed_origin_takes_no_part(nlp):
    found = legal(nlp, "Intro. Les rescapés, la plupart originaires du Sénégal, du Mali et de Libye, ont été "
                       "placés en détention.")
    assert not any(names(e) & {"Sénégal", "Mali", "Libye"} for e in found)
