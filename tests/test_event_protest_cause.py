"""Who or what causes a protest takes no part in it (events/protest_cause.py), on French
sentences written for these tests."""
from __future__ import annotations

import pytest

from article_events import protests


@pytest.mark.parametrize("text", [
    "La mort de Paul Martin a déclenché des manifestations dans tout le pays.",
    "Des manifestations provoquées par la mort de Paul Martin ont eu lieu à Paris.",
    "Alexandre Loukachenko a prêté serment mercredi, provoquant de nouvelles manifestations le jour même.",
])
def test_the_cause_of_a_protest_is_no_protester(text):
    assert not any({"Paul Martin", "Alexandre Loukachenko"} & names for names in protests(text))


def test_a_union_that_launches_a_strike_organises_it():
    assert any("CGT" in names for names in protests("Le syndicat CGT a déclenché une grève contre la réforme."))
    assert any("CGT" in names for names in protests("Les militants de la CGT ont déclenché une grève."))


def test_protesters_named_in_the_protest_stay():
    assert any("SNCF" in names for names in protests(
        "La réforme a provoqué une grève des cheminots de la SNCF jeudi."))
