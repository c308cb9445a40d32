"""A day written without its year for a type announced ahead (protests, meetings: options
announced_days of data/event_triggers.json) is the coming one within that many days of the
publication, even when the date names the happening; other types and later days keep the past
(events/candidates.py), on French sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events import nlp, only, run  # noqa: F401  (the session pipeline fixture)

CGT = ("CGT", "CGT", "organization")
MACRON = ("Emmanuel Macron", "Emmanuel Macron", "person")
PUTIN = ("Vladimir Poutine", "Vladimir Poutine", "person")


@pytest.mark.parametrize("text, actors, event_type, published, expected", [
    # a strike called for a day four weeks ahead
    ("La CGT organise une grève illimitée le 5 décembre contre la réforme.", [CGT],
     "protest", "2019-11-07", "2019-12-05"),
    # the date names the strike ("la grève du 5 décembre"), written two weeks before it
    ("La CGT prépare activement la grève du 5 décembre contre la réforme.", [CGT],
     "protest", "2019-11-20", "2019-12-05"),
    # a visit set for a day three weeks ahead, told in the conditional
    ("Emmanuel Macron recevrait Vladimir Poutine le 19 août au fort de Brégançon.", [MACRON, PUTIN],
     "meeting", "2019-07-27", "2019-08-19"),
])
def test_a_day_announced_ahead_is_the_coming_one(nlp, text, actors, event_type, published, expected):
    ev = only(run(nlp, text, actors, published_at=published), event_type)
    assert (ev.event_date, ev.date_precision) == (expected, "day")


@pytest.mark.parametrize("text, actors, event_type, published, expected", [
    # beyond the window: last year's demonstration named again
    ("La CGT avait organisé la manifestation du 1er mai à Paris.", [CGT],
     "protest", "2019-03-21", "2018-05-01"),
    # an attack is never announced: a date naming it is its past one
    ("Emmanuel Macron a rendu hommage aux victimes des attentats du 13 novembre commis par l'État islamique.",
     [MACRON, ("État islamique", "État islamique", "organization")], "attack", "2017-11-01", "2016-11-13"),
])
def test_past_days_stay_past(nlp, text, actors, event_type, published, expected):
    ev = only(run(nlp, text, actors, published_at=published), event_type)
    assert (ev.event_date, ev.date_precision) == (expected, "day")
