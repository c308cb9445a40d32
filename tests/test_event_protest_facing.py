"""Who faces a protest as its counterpart ("face à la contestation", "est confronté à une
contestation", "l'attitude de X face aux manifestations": data/gathering.json facing_case,
facing_verb) is no protester (protest_target.is_handled); a name inside the protest's own phrase
stays. French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("CGT", "CGT", "organization")]


def protest_names(nlp, text):
    return [names(e) for e in typed(run(nlp, text, ACTORS), "protest")]


def test_who_acts_face_to_a_protest_takes_no_part(nlp):
    found = protest_names(nlp, "Intro. Mais face à la contestation, Paul Martin a opéré un virage, se "
                               "targuant du soutien de la CGT.")
    assert not any("Paul Martin" in n or "CGT" in n for n in found)


def test_who_is_confronted_with_a_protest_takes_no_part(nlp):
    found = protest_names(nlp, "Intro. Paul Martin est confronté depuis la présidentielle à une contestation "
                               "historique, des dizaines de milliers de personnes sortant dans la rue.")
    assert not any("Paul Martin" in n for n in found)


def test_whose_attitude_faces_protests_takes_no_part(nlp):
    found = protest_names(nlp, "Intro. Paul Martin était resté sans voix, alors qu'il était pressé par un "
                               "journaliste de commenter l'attitude de Claire Dupont face aux manifestations "
                               "antiracistes.")
    assert not any("Paul Martin" in n or "Claire Dupont" in n for n in found)


def test_the_protesters_named_in_the_protest_faced_stay(nlp):
    # control: the union whose strike is faced is named in the protest's own phrase
    found = protest_names(nlp, "Intro. Face à la grève de la CGT, Paul Martin a cédé.")
    assert found and "CGT" in found[0] and "Paul Martin" not in found[0]


def test_a_protest_held_facing_the_police_keeps_its_protesters(nlp):
    # control: 'face aux policiers' is the protest's own adjunct, not a protest faced
    found = protest_names(nlp, "Intro. Des milliers de partisans de la CGT ont manifesté samedi à Lyon face "
                               "aux policiers.")
    assert found and "CGT" in found[0]


def test_facing_a_strike_is_no_strike_of_its_own(nlp):
    # 'faire face à une grève' is no 'faire grève' (events/support.py): the one who faces it
    # does not strike
    found = protest_names(nlp, "Intro. Le gouvernement de Paul Martin fait face à une grève des cheminots.")
    assert not any("Paul Martin" in n for n in found)
