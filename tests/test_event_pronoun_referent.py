"""Whom a statement's pronoun takes up: an office written with "ex-" is an office like "ancien"
("l'ex-député du parti X, Y": the person, not the party; office.title_forms), and a person named
as the subject of a passive verb is the one "il" takes up in the next sentence, before an
organization named in an adjunct (participants.is_passive_subject). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("PS", "Parti socialiste", "organization")]


def speakers(nlp, text):
    """The sources of the statements of `text`, one list per statement."""
    return [sorted(a.canonical_name for a in e.actors if a.role == "source")
            for e in run(nlp, text, ACTORS) if e.event_type == "statement"]


@pytest.mark.parametrize("office", ["L'ex-député", "L'ancien député", "Le député"])
def test_a_pronoun_takes_up_the_person_an_ex_office_names_not_its_party(nlp, office):
    text = f"{office} PS de Lyon, Paul Martin, a été renvoyé devant le tribunal. Il dénonce une cabale."
    assert speakers(nlp, text) == [["Paul Martin"]]


def test_a_pronoun_takes_up_the_passive_subject_not_the_party_of_an_adjunct(nlp):
    text = ("À la tête du service d'ordre du PS depuis dix ans, Paul Martin a été licencié. "
            "Dans un journal, il dénonce une cabale.")
    assert speakers(nlp, text) == [["Paul Martin"]]


def test_an_organization_as_passive_subject_keeps_todays_reading(nlp):
    text = "Le PS a été condamné par le tribunal. Il dénonce une cabale."
    assert speakers(nlp, text) == [["Parti socialiste"]]
