"""A trigger noun under a free-choice determiner ("toute aide", "toute manifestation", "n'importe
quelle attaque") names any happening of its kind, none that took place (events/distributive.py,
option free_choice_generic), on French sentences written for these tests: each negative test
loses its false event, each control keeps its true one."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Claire Dupont", "Claire Dupont", "person")
MARTIN = ("Paul Martin", "Paul Martin", "person")
BORDURIE = ("Bordurie", "Bordurie", "country")
SYLDAVIE = ("Syldavie", "Syldavie", "country")


def of_type(nlp, text, actors, etype):
    return [e for e in run(nlp, text, actors) if e.event_type == etype]


def test_any_aid_is_none(nlp):
    text = "Intro. Pour la Syldavie, toute aide militaire à la Bordurie est une provocation."
    assert not of_type(nlp, text, [SYLDAVIE, BORDURIE], "aid")
    text = ("Intro. La Syldavie a indiqué que toute aide internationale accordée à la Bordurie "
            "serait contrôlée par Paul Martin.")
    assert not of_type(nlp, text, [SYLDAVIE, BORDURIE, MARTIN], "aid")


def test_any_protest_is_none(nlp):
    text = ("Intro. Paul Martin a prévenu que toute manifestation hostile de Claire Dupont "
            "vaudrait une exclusion.")
    assert not of_type(nlp, text, [MARTIN, DUPONT], "protest")


def test_an_aid_given_or_a_protest_held_is_kept(nlp):
    text = "Intro. La Syldavie a accordé une aide de 20 millions d'euros à la Bordurie mardi."
    assert of_type(nlp, text, [SYLDAVIE, BORDURIE], "aid")
    text = "Intro. Claire Dupont a manifesté samedi à Paris contre la réforme de Paul Martin."
    assert of_type(nlp, text, [MARTIN, DUPONT], "protest")


def test_tout_with_an_article_or_chaque_is_not_free_choice(nlp):
    from newsledger.extract.events.distributive import is_free_choice
    doc = nlp("Toute la manifestation de samedi s'est déroulée dans le calme.")
    assert not is_free_choice(next(t for t in doc if t.lower_ == "manifestation"))
    doc = nlp("Les secouristes intervenaient à chaque manifestation.")
    assert not is_free_choice(next(t for t in doc if t.lower_ == "manifestation"))
    doc = nlp("Le gouvernement interdit toute manifestation.")
    assert is_free_choice(next(t for t in doc if t.lower_ == "manifestation"))


def test_any_aid_offered_is_a_pledge(nlp):
    text = "Intro. La Syldavie a offert mardi toute aide médicale nécessaire à la Bordurie."
    assert of_type(nlp, text, [SYLDAVIE, BORDURIE], "aid")
