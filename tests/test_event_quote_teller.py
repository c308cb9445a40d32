"""A third-person pronoun inside a quotation does not take up the one who says the quote
(events/quote_teller.py, hook in participants.resolve_pronoun_subject). French sentences
written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

MARTIN = ("Paul Martin", "Paul Martin", "person")
DUPONT = ("Claire Dupont", "Claire Dupont", "person")


def elections(nlp, text):
    return typed(run(nlp, text, [MARTIN, DUPONT]), "election")


def test_a_quoted_il_is_not_the_speaker_of_an_inverted_clitic_tag(nlp):
    found = elections(nlp, "Intro. Paul Martin défend le gouvernement. « Il faut que le gouvernement fasse ce "
                           "pour quoi il a été élu », a-t-il déclaré.")
    assert not any("Paul Martin" in names(e) for e in found)


def test_a_quoted_il_is_not_a_described_speaker_after_the_quote(nlp):
    found = elections(nlp, "Intro. Claire Dupont reçoit Paul Martin sur le plateau. « Oui, parce qu'il a été "
                           "élu pour cela », répond l'animatrice.")
    assert not any("Claire Dupont" in names(e) for e in found)
    assert any("Paul Martin" in names(e) for e in found)


def test_a_pronoun_outside_the_quote_still_takes_up_the_subject(nlp):
    found = elections(nlp, "Intro. Paul Martin défend le gouvernement. Il a été élu en 2017, a-t-il rappelé.")
    assert any("Paul Martin" in names(e) for e in found)


def test_a_quote_opening_with_que_is_reported_speech(nlp):
    found = elections(nlp, "Intro. Paul Martin a parlé à la presse. Il a affirmé « qu'il avait été élu sur un "
                           "programme clair ».")
    assert any("Paul Martin" in names(e) for e in found)


def test_a_quote_opened_with_que_in_a_sentence_before_goes_on_in_direct_speech(nlp):
    found = elections(nlp, "Intro. Le vote exaspère Paul Martin « qu'il y a un pouvoir légitime. Il faut que le "
                           "gouvernement fasse ce pour quoi il a été élu », a-t-il déclaré.")
    assert not any("Paul Martin" in names(e) for e in found)


def test_a_name_in_the_speaker_relative_clause_is_still_taken_up(nlp):
    found = elections(nlp, "Intro. Paul Martin a gagné. « Nous sommes heureux qu'il ait été élu », a déclaré "
                           "Claire Dupont, qui avait soutenu Paul Martin en 2011.")
    assert not any("Claire Dupont" in names(e) and "Paul Martin" not in names(e) for e in found)
