"""Who judges or reports a legal action or an attack takes no part in it (events/legal.py:
judging verbs, the agent of a passive verb of reporting or judging, an incise that closes the
sentence whatever its parse; participants.collect_actors: such a subject is not resolved as the
happening's doer through its title). French sentences written for these tests; the real parties
stay."""
from __future__ import annotations

from test_events import names, nlp, run, typed  # noqa: F401  (the session pipeline fixture)

PEOPLE = [("Paul Martin", "Paul Martin", "person"), ("Claire Dupont", "Claire Dupont", "person"),
          ("Radio Nord", "Radio Nord", "organization"), ("Serbie", "Serbie", "country"),
          ("Ligue des droits", "Ligue des droits", "organization"),
          ("parquet de Lyon", "parquet de Lyon", "organization")]


def events(nlp, text, event_type):
    return typed(run(nlp, text, PEOPLE), event_type)


def test_who_denounces_a_shooting_takes_no_part(nlp):
    found = events(nlp, "Intro. Le président Paul Martin a dénoncé une fusillade « odieuse » dans un lycée.",
                   "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_agent_of_a_passive_reporting_verb_takes_no_part(nlp):
    found = events(nlp, "Intro. L'arrestation de Paul Martin au mois de mai a été rapportée par la Serbie.",
                   "legal_action")
    assert found and "Paul Martin" in names(found[0]) and "Serbie" not in names(found[0])


def test_closing_incise_without_comma_takes_no_part(nlp):
    found = events(nlp, "Intro. Le réseau a été démantelé grâce à l'arrestation du gérant du garage "
                        "rapporte la station Radio Nord.", "legal_action")
    assert not any("Radio Nord" in names(e) for e in found)


def test_who_condemns_an_arrest_takes_no_part_the_arrested_stays(nlp):
    found = events(nlp, "Intro. La Ligue des droits a fustigé l'arrestation de Paul Martin par la police.",
                   "legal_action")
    assert found and "Paul Martin" in names(found[0]) and "Ligue des droits" not in names(found[0])


def test_who_denounces_her_own_arrest_takes_part(nlp):
    found = events(nlp, "Intro. Claire Dupont a dénoncé son arrestation par la police mardi à Lyon.",
                   "legal_action")
    assert not found or "Claire Dupont" in names(found[0])


def test_who_orders_an_arrest_takes_part(nlp):
    found = events(nlp, "Intro. Le président Paul Martin a ordonné l'arrestation de Claire Dupont.",
                   "legal_action")
    assert found and {"Paul Martin", "Claire Dupont"} <= names(found[0])


def test_the_prosecutor_closing_the_sentence_stays(nlp):
    found = events(nlp, "Intro. Claire Dupont a été mise en examen pour fraude, précise le procureur "
                        "Paul Martin.", "legal_action")
    assert found and "Claire Dupont" in names(found[0])


def test_whom_a_pronoun_judging_a_shooting_stands_for_takes_no_part(nlp):
    found = events(nlp, "Intro. Paul Martin est arrivé lundi à Lyon. Il a dénoncé une fusillade tragique "
                        "dans un lycée.", "attack")
    assert not any("Paul Martin" in names(e) for e in found)


def test_whom_a_pronoun_ordering_an_arrest_stands_for_takes_part(nlp):
    found = events(nlp, "Intro. Paul Martin est arrivé lundi à Lyon. Il a ordonné l'arrestation de "
                        "Claire Dupont.", "legal_action")
    assert found and {"Paul Martin", "Claire Dupont"} <= names(found[0])


def test_the_authority_a_pronoun_of_a_reporting_verb_takes_up_stays(nlp):
    found = events(nlp, "Intro. Le parquet de Lyon a annoncé mercredi qu'il confirmait son classement sans "
                        "suite d'une enquête visant Paul Martin.", "legal_action")
    assert found and {"parquet de Lyon", "Paul Martin"} <= names(found[0])


def test_agent_of_a_passive_judging_verb_takes_no_part_beside_a_possessive(nlp):
    # a possessive in the passive subject does not take up its agent
    found = events(nlp, "Intro. Paul Martin est journaliste. Son arrestation avait été dénoncée par "
                        "Radio Nord.", "legal_action")
    assert not any("Radio Nord" in names(e) for e in found)


def test_every_agent_of_a_list_takes_no_part(nlp):
    found = events(nlp, "Intro. Paul Martin est journaliste. Son arrestation avait été critiquée par la "
                        "Serbie, Radio Nord et la Ligue des droits.", "legal_action")
    assert not any(names(e) & {"Serbie", "Radio Nord", "Ligue des droits"} for e in found)


def test_the_prosecutor_agent_of_a_confirmed_arrest_stays(nlp):
    found = events(nlp, "Intro. Paul Martin est journaliste. Son arrestation a été confirmée par le "
                        "parquet de Lyon.", "legal_action")
    assert found and any("parquet de Lyon" in names(e) for e in found)


def test_who_makes_mention_of_an_arrest_takes_no_part(nlp):
    found = events(nlp, "Intro. La Ligue des droits a fait état de l'arrestation de dix militants.",
                   "legal_action")
    assert not any("Ligue des droits" in names(e) for e in found)


def test_who_files_a_complaint_takes_part(nlp):
    found = events(nlp, "Intro. La Ligue des droits a déposé plainte contre Paul Martin.", "legal_action")
    assert found and "Ligue des droits" in names(found[0])
