"""A stance or turn adverbial beside a verb of saying ("de son côté", "pour sa part", "à son
tour": data/gathering.json stance_noun) takes up the speaker as the one who speaks: it does not
keep the speaker of a protest, an election or an attack as a party to it
(commentary.is_stance_adverbial); a possessive in what is said still does ("X a commenté sa
victoire"). French sentences written for these tests."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

ACTORS = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Banque du Nord", "Banque du Nord", "organization"),
          ("Front du Nord", "Front du Nord", "organization")]


def found_names(nlp, text, etype):
    return [names(e) for e in typed(run(nlp, text, ACTORS), etype)]


def test_a_bank_that_compares_costs_for_its_part_takes_no_part_in_old_strikes(nlp):
    found = found_names(nlp, "Intro. La Banque du Nord estime de son côté que la crise va coûter cher, "
                             "autant que les grandes grèves de 1995.", "protest")
    assert not any("Banque du Nord" in n for n in found)


def test_who_judges_a_strike_for_his_part_takes_no_part(nlp):
    found = found_names(nlp, "Intro. Paul Martin a pour sa part jugé que la grève des cheminots avait "
                             "été un échec.", "protest")
    assert not any("Paul Martin" in n for n in found)


def test_a_possessive_in_what_is_said_still_keeps_the_speaker(nlp):
    # control: "sa grève" is the speaker's own strike, told in the complement of the verb
    found = found_names(nlp, "Intro. Le Front du Nord a évoqué sa grève de mardi à Lyon.", "protest")
    assert not found or any("Front du Nord" in n for n in found)
