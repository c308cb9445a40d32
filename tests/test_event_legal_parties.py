"""Legal actions (events/legal.py, events/reference.py, constraints.is_court_sentence), on French
sentences written for these tests: the conviction an appeal is lodged against is a court ruling,
no public condemnation; a release only called for in a call the parser split from its noun is no
happening, nor is what a bill would authorise; the city where the bar sits takes no part in the
legal action, nor does who speaks beside a subordinate clause telling the charge of another."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Radio Nord", "Radio Nord", "organization"), ("Belgrade", "Serbie", "country"),
          ("Serbie", "Serbie", "country"), ("Ligue verte", "Ligue verte", "organization")]


def events(nlp, text, event_type):
    return [e for e in run(nlp, text, PEOPLE) if e.event_type == event_type]


def names(event):
    return {a.canonical_name for a in event.actors}


def test_the_conviction_appealed_is_a_court_ruling(nlp):
    text = "Intro. Paul Martin a fait appel de sa condamnation."
    assert events(nlp, text, "legal_action")
    assert not events(nlp, text, "statement")


def test_the_judgment_appealed_is_a_legal_action(nlp):
    found = events(nlp, "Intro. Claire Dupont a interjeté appel du jugement.", "legal_action")
    assert found and "Claire Dupont" in names(found[0])


def test_a_condemnation_in_words_stays_a_statement(nlp):
    assert events(nlp, "Intro. Paul Martin a condamné l'attaque et a fait appel au calme.", "statement")


def test_a_release_called_for_is_no_release(nlp):
    assert not events(nlp, "Intro. Radio Nord a lancé un appel à la libération de Paul Martin.",
                      "legal_action")


def test_a_release_told_stays(nlp):
    found = events(nlp, "Intro. Radio Nord a salué la libération de Paul Martin.", "legal_action")
    assert found and "Paul Martin" in names(found[0])


def test_the_city_where_the_bar_sits_takes_no_part(nlp):
    found = events(nlp, "Intro. Le bâtonnier de Belgrade a porté plainte contre Paul Martin.",
                   "legal_action")
    assert found and "Serbie" not in names(found[0]) and "Paul Martin" in names(found[0])


def test_the_body_that_files_a_complaint_takes_part(nlp):
    found = events(nlp, "Intro. La Ligue verte a porté plainte contre Paul Martin.", "legal_action")
    assert found and {"Ligue verte", "Paul Martin"} <= names(found[0])


def test_what_a_bill_would_authorise_is_no_happening(nlp):
    assert not events(nlp, "Intro. Radio Nord a manifesté contre un projet de loi qui visait à autoriser "
                           "les extraditions vers la Serbie.", "legal_action")


def test_an_extradition_a_state_authorised_stays(nlp):
    found = events(nlp, "Intro. La Serbie a autorisé l'extradition de Paul Martin.", "legal_action")
    assert found and "Paul Martin" in names(found[0])


def test_who_speaks_after_a_charge_of_another_takes_no_part(nlp):
    assert not events(nlp, "Intro. Alors que l'ancien maire venait d'être mis en examen, le président de "
                           "Radio Nord a affirmé que rien n'était prouvé.", "legal_action")


def test_who_speaks_after_his_own_charge_takes_part(nlp):
    found = events(nlp, "Intro. Alors qu'il venait d'être mis en examen, Paul Martin a affirmé que rien "
                        "n'était prouvé.", "legal_action")
    assert found and "Paul Martin" in names(found[0])
