"""A happening told as unreal (supposed, hoped for) is no event, and a mention that takes it up
starts its own event rather than carrying its actors into an earlier event of the type
(events/merge.py, candidates.Candidate.unreal), on French sentences written for these tests."""
from __future__ import annotations

from article_events import actors_of_type


def test_mention_taking_up_a_supposed_meeting_joins_no_earlier_meeting():
    assert actors_of_type(
        "Paul Martin a rencontré Claire Dupont lundi à Paris. Si Jean Durand rencontrait Marc Leroy "
        "à Berlin, ce serait une surprise. Cette rencontre avec Marc Leroy serait la première "
        "depuis 2015.", "meeting")[0] == {"Paul Martin", "Claire Dupont"}


def test_mention_taking_up_a_hoped_for_arrest_joins_no_earlier_arrest():
    assert actors_of_type(
        "La police a arrêté Paul Martin mardi. Claire Dupont espère que la justice fera arrêter "
        "Jean Durand. Cette arrestation de Jean Durand réjouirait Marc Leroy.",
        "legal_action")[0] == {"Paul Martin"}


def test_told_mentions_merge_as_before():
    # a demonstrative taking up a told meeting, and a told arrest after a hoped-for one
    assert actors_of_type(
        "Paul Martin a rencontré Claire Dupont lundi à Paris. Cette rencontre avec Marc Leroy a "
        "duré deux heures.", "meeting") == [{"Paul Martin", "Claire Dupont", "Marc Leroy"}]
    assert actors_of_type(
        "La police a arrêté Paul Martin mardi. Claire Dupont espère que la justice fera arrêter "
        "Jean Durand. Marc Leroy a aussi été arrêté mardi.",
        "legal_action") == [{"Paul Martin"}, {"Marc Leroy"}]
