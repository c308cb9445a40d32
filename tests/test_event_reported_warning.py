"""A warning given to someone and told only as what a later account asserts
(events/reported_warning.py): "X affirme avoir alerté Y", "Le journal affirme que X a mis Y en
garde" tell a notice delivered to its addressee, no public act of speech; a warning made in
public ("a averti que", "a mis en garde contre"), or one only recalled ("rappelle que X avait
alerté Y"), stays. French sentences written for these tests."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Le Courrier", "Le Courrier", "organization"), ("Syndicat Sud Rail", "Syndicat Sud Rail", "organization")]


def statements(nlp, text):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == "statement"]


def warnings(nlp, text):
    return [e for e in statements(nlp, text)
            if any(w in e.trigger for w in ("alert", "préven", "averti", "mis", "met"))]


def test_a_warning_the_speaker_says_she_gave_is_no_statement(nlp):
    assert not warnings(nlp, "Intro. La ministre Claire Dupont a affirmé avoir alerté le président "
                             "Paul Martin sur le danger dès le mois de janvier.")


def test_a_warning_confirmed_afterwards_is_no_statement(nlp):
    assert not warnings(nlp, "Intro. Claire Dupont a confirmé jeudi avoir prévenu la direction de "
                             "l'hôpital à plusieurs reprises.")


def test_a_warning_a_newspaper_says_was_given_is_no_statement(nlp):
    assert not warnings(nlp, "Intro. Le Courrier affirme que le conseiller Paul Martin a mis en garde "
                             "la ministre Claire Dupont contre ce projet.")


def test_a_warning_in_a_further_que_clause_of_a_verb_of_saying_is_no_statement(nlp):
    assert not warnings(nlp, "Intro. Paul Martin a assuré avoir transmis ce message à Claire Dupont, "
                             "et qu'il l'avait prévenue que la réforme serait retirée.")


def test_a_public_warning_with_a_que_clause_stays(nlp):
    assert warnings(nlp, "Intro. Le ministre Paul Martin a averti mardi que les prix allaient "
                         "encore augmenter.")


def test_a_public_warning_to_someone_stays(nlp):
    assert warnings(nlp, "Intro. Le ministre Paul Martin a mis en garde la ministre Claire Dupont "
                         "contre toute précipitation.")


def test_a_warning_only_recalled_stays(nlp):
    assert warnings(nlp, "Intro. Le Courrier rappelle que le Syndicat Sud Rail avait alerté la "
                         "direction à plusieurs reprises.")


def test_a_warning_to_someone_credited_to_a_newspaper_is_no_statement(nlp):
    assert not warnings(nlp, "Intro. Selon Le Courrier, le ministre Paul Martin a averti la ministre "
                             "Claire Dupont qu'elle serait remplacée.")


def test_a_warning_with_selon_moi_in_its_quote_stays(nlp):
    assert warnings(nlp, "Intro. « Ce projet est dangereux, selon moi », a prévenu le ministre Paul Martin.")
