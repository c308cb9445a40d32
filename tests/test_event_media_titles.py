"""A medium named by its title as the press writes it ("du Canard Enchaîné", "au Figaro", "le
Point") is a medium: the rules that keep a medium out of the happenings it only reports apply
to it (gazetteer.title_forms, components.title_words)."""
from __future__ import annotations

import pytest

from tests.article_events import events


@pytest.mark.parametrize("text, event_type", [
    ("Deux mois après avoir remporté la primaire, et une semaine après les révélations du Canard "
     "Enchaîné, le candidat Paul Girard est fragilisé.", "election"),
    ("Le maire Paul Girard a été élu en 2014, rappelle le Point dans son dernier numéro.", "election"),
    ("Le maire Paul Girard a été élu en 2014, rappelle Paris Match dans son dernier numéro.", "election"),
    ("Alors que Le Canard Enchaîné affirmait que le maire allait se rallier au candidat pour la "
     "présidentielle, Paul Girard a démenti sur RTL.", "statement"),
])
def test_a_medium_that_only_reports_takes_no_part(text, event_type):
    found = [names for etype, names in events(text) if etype == event_type]
    assert found == [{"Paul Girard"}]
