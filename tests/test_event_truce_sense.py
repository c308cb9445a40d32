"""'trêve' as the customary pause of an activity in a period of the calendar ("la trêve des
confiseurs", "la trêve hivernale", "la trêve estivale"): no truce between belligerents, no
agreement (contexts.calendar_pause, option not_context of the noun 'trêve' in
data/event_triggers.json). French sentences written for these tests; the negative tests fail
without the entry, the controls pass with and without it."""
from __future__ import annotations

from test_events import nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Jean Leroy", "Jean Leroy", "person"), ("Paul Martin", "Paul Martin", "person")]
STATES = [("Syldavie", "Syldavie", "country"), ("Bordurie", "Bordurie", "country")]


def test_the_year_end_pause_is_no_agreement(nlp):
    text = "Intro. Jean Leroy et Paul Martin sont partis en vacances pendant la trêve des confiseurs."
    assert not typed(run(nlp, text, PEOPLE), "agreement")


def test_the_winter_pause_of_evictions_is_no_agreement(nlp):
    text = "Intro. Jean Leroy et Paul Martin ont prolongé la trêve hivernale jusqu'au mois de juin."
    assert not typed(run(nlp, text, PEOPLE), "agreement")


def test_a_truce_between_states_stays(nlp):
    text = "Intro. La Syldavie et la Bordurie ont conclu une trêve de trois jours."
    assert typed(run(nlp, text, STATES), "agreement")


def test_a_christmas_truce_stays(nlp):
    text = "Intro. La Syldavie et la Bordurie ont conclu une trêve pour Noël."
    assert typed(run(nlp, text, STATES), "agreement")
