"""Who describes, reports or answers a protest, and a protest whose protesters are a collective
noun of people, list no outside actor as a protester (data/gathering.json evaluate_verb
'décrire', 'qualifier'; depict_noun 'couverture' with its possessive's owner; facing_noun
'réponse'; crowd_collective; events/protest_landmark.py, protest_target.py, gathering.py), on
French sentences written for these tests."""
from __future__ import annotations

import pytest

from article_events import events, protests


@pytest.mark.parametrize("text, name", [
    # a verb of characterising whose object is the protest
    ("Paul Martin a refusé de céder, décrivant les manifestations comme un complot.", "Paul Martin"),
    ("Paul Martin a qualifié la grève des dockers d'illégale.", "Paul Martin"),
    # the reporting of a protest, owned by the passive subject
    ("La journaliste Anne Morel est poursuivie pour sa couverture d'une manifestation à Lyon.", "Anne Morel"),
    ("Anne Morel a été arrêtée pendant sa couverture de la manifestation.", "Anne Morel"),
    # the 'à' complement of a noun of answering
    ("Paul Martin a été nommé en réponse à un soulèvement populaire.", "Paul Martin"),
    # a collective noun of people as the subject controlling a protest infinitive
    ("« Il n'est plus rien », a réagi Anne Morel, certaine que le peuple va continuer à manifester.",
     "Anne Morel"),
])
def test_who_describes_reports_or_answers_a_protest_is_no_protester(text, name):
    assert not any(name in names for names in protests(text)), events(text)


@pytest.mark.parametrize("text, name", [
    # controls: the same words where the named actor does take part
    ("Les salariés de Renault ont répondu massivement à la grève lancée par la CGT.", "CGT"),
    ("Le peuple du Soudan a manifesté contre le régime.", "Soudan"),
    ("La jeunesse du Parti socialiste a manifesté à Paris.", "Parti socialiste"),
    ("Le syndicat CGT a lancé la grève en réponse à la réforme des retraites.", "CGT"),
])
def test_protesters_named_beside_those_words_stay(text, name):
    assert any(name in names for names in protests(text)), events(text)
