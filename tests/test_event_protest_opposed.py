"""Who acts against a protest ("une campagne contre la grève", "une élue active contre les
manifestations": the protest as the 'contre' complement of a noun, verb or adjective;
data/gathering.json facing_case) is no protester (protest_target.is_handled); a name inside the
protest's own phrase stays, and so do the protesters of a protest that is itself against
something. French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("CGT", "CGT", "organization")]


def protest_names(nlp, text):
    return [names(e) for e in typed(run(nlp, text, ACTORS), "protest")]


def test_who_campaigns_against_a_strike_takes_no_part(nlp):
    found = protest_names(nlp, "Intro. Paul Martin a mené pendant des mois une campagne acharnée contre "
                               "la grève.")
    assert not any("Paul Martin" in n for n in found)


def test_who_is_active_against_protests_takes_no_part(nlp):
    found = protest_names(nlp, "Intro. Claire Dupont, une élue très active contre les manifestations "
                               "étudiantes, a été réélue dimanche.")
    assert not any("Claire Dupont" in n for n in found)


def test_the_strikers_named_in_the_strike_opposed_stay(nlp):
    # control: the union whose strike is opposed is named in the protest's own phrase
    found = protest_names(nlp, "Intro. Paul Martin a mené une campagne acharnée contre la grève de la CGT.")
    assert found and "CGT" in found[0] and "Paul Martin" not in found[0]


def test_a_protest_against_something_keeps_its_protesters(nlp):
    # control: 'contre' names what the protest is against, not who is against the protest
    found = protest_names(nlp, "Intro. Les militants de la CGT ont manifesté samedi à Lyon contre la "
                               "réforme des retraites.")
    assert found and "CGT" in found[0]


def test_a_country_beside_a_protest_opposed_stays(nlp):
    # control: a country is kept (a country for protests held in it), as by the other protest rules
    found = [names(e) for e in typed(run(nlp, "Intro. La répression menée par la France contre les "
                                                "manifestations a choqué.", ACTORS + [("France", "France", "country")]),
                                     "protest")]
    assert found and "France" in found[0]
