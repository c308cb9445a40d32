"""A protest noun that only qualifies another noun, as the agent of a past participle attached
to it ("un week-end émaillé par des manifestations"), lists no one named outside that noun's
phrase as a protester (events/protest_qualifier.py), on French sentences written for these
tests."""
from __future__ import annotations

import pytest

from article_events import events, protests


@pytest.mark.parametrize("text, name", [
    ("Après un week-end émaillé par de nombreuses manifestations, Paul Martin était l'invité du journal de 20 heures.",
     "Paul Martin"),
    ("Anne Morel aura la tâche de reprendre les négociations après trois semaines d'un bras de fer marqué par des "
     "grèves dans les transports.", "Anne Morel"),
    ("Paul Martin a démissionné au terme d'une année marquée par la contestation.", "Paul Martin"),
    ("Paul Martin a lancé la négociation après un mois secoué par des émeutes.", "Paul Martin"),
])
def test_who_is_named_beside_a_protest_that_qualifies_a_noun_is_no_protester(text, name):
    assert not any(name in names for names in protests(text)), events(text)


@pytest.mark.parametrize("text, name", [
    # names in the protest's own phrase, or in the phrase of the noun it qualifies
    ("Après une semaine marquée par les grèves des dockers de la CGT, Paul Martin a reçu les syndicats.", "CGT"),
    ("Les cheminots de la CGT, épuisés par la grève, ont repris le travail lundi.", "CGT"),
    # a participle on an actor's name, not on a common noun
    ("La CGT, affaiblie par des grèves à répétition, a perdu des adhérents.", "CGT"),
])
def test_names_in_the_qualified_phrase_stay(text, name):
    assert any(name in names for names in protests(text)), events(text)


def test_a_conjunct_of_the_qualifying_protest_lists_no_outsider_either():
    text = ("Anne Morel a repris les négociations après un mois marqué par des grèves dans les transports et de "
            "nouvelles manifestations.")
    assert not any("Anne Morel" in names for names in protests(text)), events(text)
