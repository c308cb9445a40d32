"""Date resolution and time-expression finding (newsledger.extract.dates)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.dates import find_time_expressions, resolve_date

PUB = "2023-09-21T09:30:00"          # a Thursday


@pytest.mark.parametrize("text, expected", [
    ("le 15 septembre 2023", ("2023-09-15", "day")),
    ("le 1er mars 2021", ("2021-03-01", "day")),
    ("en 2017", ("2017", "year")),
    ("depuis 2014", ("2014", "year")),
    ("en juillet 2023", ("2023-07", "month")),
])
def test_absolute_dates_need_no_publication_date(text, expected):
    assert resolve_date(text, None) == expected
    assert resolve_date(text, PUB) == expected


@pytest.mark.parametrize("text, expected", [
    ("vendredi", ("2023-09-15", "day")),          # the last Friday before a Thursday
    ("jeudi", ("2023-09-21", "day")),             # the publication day itself
    ("mardi dernier", ("2023-09-19", "day")),
    ("jeudi soir", ("2023-09-21", "day")),
    ("hier", ("2023-09-20", "day")),
    ("en juillet", ("2023-07", "month")),
    ("en octobre", ("2022-10", "month")),         # past preferred: last October
    ("le mois dernier", ("2023-08", "month")),
    ("l'année dernière", ("2022", "year")),
    ("cette année", ("2023", "year")),
    ("le 3 août", ("2023-08-03", "day")),
])
def test_relative_dates_resolve_against_publication(text, expected):
    assert resolve_date(text, PUB) == expected


def test_relative_dates_stay_unresolved_without_publication_date():
    for text in ("vendredi", "mardi dernier", "en juillet", "le mois dernier", "hier"):
        assert resolve_date(text, None) == (None, None)


def test_future_preference_for_weekdays():
    assert resolve_date("vendredi", PUB, prefer="future") == ("2023-09-22", "day")
    assert resolve_date("lundi prochain", PUB) == ("2023-09-25", "day")


def test_week_resolves_to_month_only_when_it_lies_in_one_month():
    assert resolve_date("la semaine dernière", PUB) == ("2023-09", "month")
    assert resolve_date("la semaine dernière", "2023-09-05") == (None, None)   # 28 Aug - 3 Sep


def test_unusable_inputs():
    assert resolve_date("", PUB) == (None, None)
    assert resolve_date("n'importe quoi", PUB) == (None, None)
    assert resolve_date("le 31 février 2020", PUB) == (None, None)
    assert resolve_date("vendredi", "pas une date") == (None, None)


def test_find_time_expressions_in_a_sentence():
    text = ("Le ministre s'est rendu à Lima mardi dernier, puis le 4 octobre 2022 à Quito, "
            "après une première visite en 2019 et une autre la semaine dernière.")
    found = [surface for _, _, surface in find_time_expressions(text)]
    assert found == ["mardi dernier", "le 4 octobre 2022", "en 2019", "la semaine dernière"]
    for start, end, surface in find_time_expressions(text):
        assert text[start:end] == surface


FORMATS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def check_consistent(value, precision):
    if precision is None:
        assert value is None
    else:
        assert precision in FORMATS
        assert re.fullmatch(FORMATS[precision], value), (value, precision)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), st.text(max_size=30),
                                      st.dates().map(lambda d: d.isoformat())))
def test_resolve_date_never_raises_on_any_string(text, published):
    check_consistent(*resolve_date(text, published))


WORDS = ["le", "en", "depuis", "dernier", "prochain", "mois", "semaine", "année", "cette",
         "lundi", "vendredi", "juillet", "février", "1er", "15", "31", "2017", "0000", "9999",
         "hier", "mi-", "fin", "début", "du"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
       st.dates().map(lambda d: d.isoformat()))
def test_resolve_date_on_date_like_strings(words, published):
    check_consistent(*resolve_date(" ".join(words), published))


def test_time_scope_granularity_and_anchor():
    from newsledger.extract.dates import time_scope
    assert time_scope("mardi") == ("day", True)
    assert time_scope("le 4 octobre 2022") == ("day", False)
    assert time_scope("cette semaine") == ("week", True)
    assert time_scope("en mars 2021") == ("month", False)
    assert time_scope("le mois dernier") == ("month", True)
    assert time_scope("en 2019") == ("year", False)
    assert time_scope("cette année") == ("year", True)
    assert time_scope("bientôt") == (None, False)
    assert time_scope(None) == (None, False)


def test_dates_compatible_allows_containment_only():
    from newsledger.extract.dates import dates_compatible
    assert dates_compatible("mardi", "Mardi") is True
    assert dates_compatible("mardi", "jeudi") is False
    assert dates_compatible("cette semaine", "cette année") is None     # one within the other
    assert dates_compatible("en 2019", "le mois dernier") is False
    assert dates_compatible("x", "y", "2023-09", "2023-09-15") is None
    assert dates_compatible("x", "y", "2023-09-14", "2023-09-15") is False
    assert dates_compatible("x", "y", "2023", "2023") is True


@pytest.mark.parametrize("text, published, expected", [
    ("le 3 novembre", "2020-11-02", "2020-11-03"),      # tomorrow, not a year ago
    ("le 2 janvier", "2020-12-30", "2021-01-02"),       # across the new year
    ("le 25 novembre", "2020-11-02", "2019-11-25"),     # weeks ahead: news reports the past
    ("le 1er novembre", "2020-11-02", "2020-11-01"),
])
def test_a_day_just_after_publication_is_the_coming_one(text, published, expected):
    assert resolve_date(text, published) == (expected, "day")


@pytest.mark.parametrize("text, published, expected", [
    ("le 3 novembre", "2020-06-23", ("2020-11-03", "day")),    # the coming vote, months ahead
    ("le 3 novembre", "2020-12-20", ("2020-11-03", "day")),    # the vote just held
    ("en juin", "2020-01-10", ("2020-06", "month")),
])
def test_a_scheduled_happening_takes_the_date_nearest_the_publication(text, published, expected):
    assert resolve_date(text, published, "nearest") == expected
