"""Issue 19: troops and war vehicles sent somewhere, with no actor receiving them, are deployed,
not transferred (option not_deployed, contexts.deployed). Arms sent to someone stay a transfer.
Invented sentences."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)
from test_event_recall import typed

NORWAY = ("Norvège", "Norvège", "country")
SWEDEN = ("Suède", "Suède", "country")
REBELS = ("Front du Nord", "Front du Nord", "organization")


def test_soldiers_sent_to_a_region_are_deployed(nlp):
    text = "La Norvège a envoyé des militaires dans le Grand Nord pour surveiller la frontière avec la Suède."
    assert typed(run(nlp, text, [NORWAY, SWEDEN]), "arms_transfer") == []


def test_warships_sent_into_waters_are_deployed(nlp):
    text = "Mardi, la Norvège a envoyé des navires de guerre dans les eaux disputées avec la Suède."
    assert typed(run(nlp, text, [NORWAY, SWEDEN]), "arms_transfer") == []


def test_arms_sent_to_rebels_stay_a_transfer(nlp):
    text = "La Norvège a envoyé des armes et des munitions au Front du Nord."
    assert len(typed(run(nlp, text, [NORWAY, REBELS]), "arms_transfer")) == 1
