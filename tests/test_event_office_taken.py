"""Elections told by taking office or by a participle beside a described name (issue 19 recall,
branch issue-19-meetelect), on French sentences written for these tests: each test fails on the
code before the branch, and its controls keep what must stay out."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")


def elections(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "election"]


def names(events):
    return {a.canonical_name for e in events for a in e.actors}


def test_sworn_in_whatever_label_the_bare_noun_gets(nlp):
    # the parser reads the bare 'serment' as xcomp, parataxis or subject: still the construction
    for text in ("Intro. Claire Dupont a prêté serment mercredi à Lomé.",
                 "Intro. La présidente Claire Dupont prêtera serment le 3 mars.",
                 "Intro. Après avoir prêté serment, Claire Dupont a formé son gouvernement."):
        assert "Claire Dupont" in names(elections(nlp, text, [DUPONT])), text


def test_swearing_in_named_by_a_noun(nlp):
    text = "Intro. La prestation de serment de Claire Dupont aura lieu mardi."
    assert "Claire Dupont" in names(elections(nlp, text, [DUPONT]))


def test_taking_office(nlp):
    for text in ("Intro. Claire Dupont prendra ses fonctions le 20 janvier.",
                 "Intro. Le nouveau gouverneur Paul Martin est entré en fonction lundi.",
                 "Intro. Depuis sa prise de fonctions en 2019, Paul Martin a multiplié les réformes."):
        assert names(elections(nlp, text, [DUPONT, MARTIN])), text


def test_functions_that_are_not_taken_office(nlp):
    text = "Intro. Claire Dupont a rappelé les fonctions du Conseil à Paul Martin mardi."
    assert not elections(nlp, text, [DUPONT, MARTIN])
    text = "Intro. Claire Dupont, qui prête son concours au projet, a rencontré Paul Martin."
    assert not elections(nlp, text, [DUPONT, MARTIN])


def test_participle_beside_a_title_with_the_name(nlp):
    # "le député X, élu en 2017": the participle qualifies the title whose name is in apposition
    text = "Intro. Le député Paul Martin, élu en 2017, devrait rejoindre un groupe centriste."
    assert "Paul Martin" in names(elections(nlp, text, [MARTIN]))
    # an official's noun ("élu de la Drôme") stays no election (sense.names_an_official)
    text = "Intro. Le député Paul Martin, élu de la Drôme, devrait rejoindre un groupe centriste."
    assert not elections(nlp, text, [MARTIN])


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


def test_an_official_trip_named_by_deplacement(nlp):
    spain = ("Espagne", "Espagne", "country")
    text = "Intro. La ministre Claire Dupont a effectué un déplacement en Espagne la semaine dernière."
    assert "Claire Dupont" in names(meetings(nlp, text, [DUPONT, spain]))
    text = "Intro. Le déplacement de Paul Martin au Portugal est prévu mardi."
    assert "Paul Martin" in names(meetings(nlp, text, [MARTIN, ("Portugal", "Portugal", "country")]))


def test_deplacement_in_another_sense_or_generic(nlp):
    italy = ("Italie", "Italie", "country")
    text = "Intro. Le gouvernement de Paul Martin a limité les déplacements vers l'Italie."
    assert not meetings(nlp, text, [MARTIN, italy])
    text = "Intro. Le déplacement du siège de la société de Paul Martin à Milan a surpris."
    assert not meetings(nlp, text, [MARTIN])
    text = "Intro. Paul Martin a effectué un déplacement privé en Italie pour des vacances."
    assert not meetings(nlp, text, [MARTIN, italy])


def test_what_one_would_be_the_first_to_do_if(nlp):
    text = "Intro. Paul Martin serait le premier dirigeant à rencontrer Claire Dupont s'il gagnait."
    assert not meetings(nlp, text, [MARTIN, DUPONT])
    # without the supposition, the press's reporting conditional and the indicative stay
    text = "Intro. Paul Martin a été le premier dirigeant à rencontrer Claire Dupont à Berlin."
    assert meetings(nlp, text, [MARTIN, DUPONT])


def test_the_apposition_reading_is_only_for_elections(nlp):
    # a killing told twice stays one event: "la journaliste X, tuée ..." is left as on main
    text = "Intro. La journaliste Claire Dupont, tuée par balle jeudi, travaillait à Lyon."
    assert not [e for e in run(nlp, text, [DUPONT]) if e.event_type == "attack"]
