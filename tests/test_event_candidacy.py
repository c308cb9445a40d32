"""Who is told not to stand in an election takes no part in it (events/candidacy.py;
data/election_words.json running, not_running, renouncing), on French sentences written for
these tests: a denied candidacy loses its subject, a stated or undenied one keeps it."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)

DUPONT = ("Paul Dupont", "Paul Dupont", "person")
MARTIN = ("Claire Martin", "Claire Martin", "person")


def election_names(nlp, text, actors):
    return {a.canonical_name for e in run(nlp, text, actors) if e.event_type == "election" for a in e.actors}


def test_who_does_not_see_himself_candidate_takes_no_part(nlp):
    text = "Intro. Le député Paul Dupont, invité lundi, ne se voit pas candidat à l'élection présidentielle."
    assert "Paul Dupont" not in election_names(nlp, text, [DUPONT])


def test_who_renounces_standing_takes_no_part(nlp):
    text = ("Intro. Paul Dupont a surpris ses amis jeudi en annonçant qu'il renonçait à se présenter "
            "à l'élection présidentielle.")
    assert "Paul Dupont" not in election_names(nlp, text, [DUPONT])


def test_who_stands_is_kept(nlp):
    text = "Intro. Paul Dupont a annoncé jeudi qu'il se présentait à l'élection présidentielle."
    assert "Paul Dupont" in election_names(nlp, text, [DUPONT])
    text = "Intro. Le député Paul Dupont sera candidat à l'élection présidentielle."
    assert "Paul Dupont" in election_names(nlp, text, [DUPONT])


def test_two_denials_cancel(nlp):
    text = "Intro. Le député Paul Dupont n'a pas exclu d'être candidat à l'élection présidentielle."
    assert "Paul Dupont" in election_names(nlp, text, [DUPONT])


def test_who_renounced_in_a_relative_clause_takes_no_part(nlp):
    text = ("Intro. Paul Dupont, qui a renoncé à se présenter à l'élection présidentielle pour soutenir "
            "Claire Martin, salue sa campagne.")
    assert "Paul Dupont" not in election_names(nlp, text, [DUPONT, MARTIN])


def test_a_negation_above_a_gerund_of_standing_denies_nothing(nlp):
    text = ("Intro. Paul Dupont estime que Claire Martin n'a pas su convaincre les électeurs en se présentant "
            "à l'élection présidentielle.")
    assert "Claire Martin" in election_names(nlp, text, [DUPONT, MARTIN])


def test_who_tells_of_another_s_denied_candidacy_is_not_the_non_runner(nlp):
    text = ("Intro. Claire Martin a confirmé que son père ne serait pas candidat sous l'étiquette du "
            "Parti socialiste aux élections européennes.")
    found = election_names(nlp, text, [MARTIN, ("Parti socialiste", "Parti socialiste", "organization")])
    assert "Parti socialiste" in found


def test_who_rules_out_candidating_takes_no_part(nlp):
    # "candidater" (to stand as a candidate) is a verb of standing as "se présenter" is
    text = ("Intro. Paul Dupont a assuré mardi qu'il excluait de candidater à la mairie "
            "lors des prochaines élections municipales.")
    assert "Paul Dupont" not in election_names(nlp, text, [DUPONT])
    text = "Intro. Claire Martin a refusé de candidater aux élections régionales de l'an prochain."
    assert "Claire Martin" not in election_names(nlp, text, [MARTIN])


def test_who_candidates_is_kept(nlp):
    text = "Intro. Paul Dupont a annoncé qu'il allait candidater aux prochaines élections municipales."
    assert "Paul Dupont" in election_names(nlp, text, [DUPONT])


def test_who_will_not_stand_again_takes_no_part(nlp):
    # "se représenter" (to stand again), the election under "lors de"
    text = ("Intro. Paul Dupont a annoncé mercredi qu'il ne se représenterait pas lors de "
            "l'élection présidentielle de l'an prochain.")
    assert "Paul Dupont" not in election_names(nlp, text, [DUPONT])
