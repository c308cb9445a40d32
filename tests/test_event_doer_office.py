"""A statement noun whose doer is named by an office, in the noun's "de" complement ("l'appel du
leader du parti X") or as the agent of a participle on it ("les accusations portées par la
présidente du parti X"): the organization of the office only says whose office it is, as for a
verb's subject ("la présidente du parti X a dénoncé"); it is no speaker, and the statement is
dropped when the article names no one with that office (office.doer_offices,
participants.collect_actors). A body's own statement ("l'appel de X", "le communiqué du
ministère") keeps its speaker. Sentences written for these tests (issue 19, branch
issue-19-speaker2)."""
from __future__ import annotations

import pytest

from tests.article_events import statements


@pytest.mark.parametrize("text, party", [
    ("En quelques jours, l'appel du leader de La France insoumise a porté ses fruits.",
     "La France insoumise"),
    ("La banque récuse les accusations portées par la présidente du Front national.",
     "Front national"),
])
def test_the_party_of_the_office_naming_a_statement_noun_s_doer_is_no_speaker(text, party):
    assert not [a for _, a in statements(text) if party in a], statements(text)


@pytest.mark.parametrize("text, body", [
    ("L'appel de l'ONU a été entendu mardi par les belligérants.", "ONU"),
    ("Le communiqué du ministère de l'Intérieur dénonce des violences.", "ministère de l'Intérieur (France)"),
])
def test_a_body_s_own_statement_noun_keeps_its_speaker(text, body):
    assert [a for _, a in statements(text) if body in a], statements(text)


def test_the_holder_named_right_after_the_office_is_the_speaker():
    text = ("Une ouverture symbolisée par la déclaration du président du groupe (à l'Assemblée) "
            "Paul Martin.")
    found = [a for _, a in statements(text)]
    assert found and "Paul Martin" in found[0] and "Assemblée" not in found[0], found
