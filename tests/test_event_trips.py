"""Trips and visits of private persons, 'se retrouver' with a predicative complement, and
meetings called off (issue 19): sentences written for these tests."""
from __future__ import annotations

from newsledger.extract.article import sentences_of
from newsledger.extract.events import extract_events
from newsledger.records import ActorMention
from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def run_roles(nlp, text, actors):
    """Like test_events.run, with the role the article gives each actor: [(surface, type, role)]."""
    doc = nlp(text)
    sentences = sentences_of(doc)
    mentions = []
    for surface, kind, role in actors:
        start = text.find(surface)
        index = next(s.index for s in sentences if s.start <= start < s.end)
        mentions.append(ActorMention(surface, surface, kind, None, index, start, start + len(surface), role))
    return extract_events(doc, sentences, mentions, None)


def meetings(events):
    return [e for e in events if e.event_type == "meeting"]


def test_private_person_trip_to_a_country_is_no_meeting(nlp):
    events = run_roles(nlp, "Marc Lefort, plombier, se rend au Portugal pour réparer une chaudière.",
                       [("Marc Lefort", "person", None), ("Portugal", "country", None)])
    assert not meetings(events)


def test_titled_person_trip_to_a_country_is_a_meeting(nlp):
    events = run_roles(nlp, "Marc Lefort, plombier, se rend au Portugal pour réparer une chaudière.",
                       [("Marc Lefort", "person", "ministre de l'Industrie"), ("Portugal", "country", None)])
    assert meetings(events)


def test_trip_of_a_private_person_to_meet_an_actor_is_kept(nlp):
    events = run_roles(nlp, "Marc Lefort se rend au Portugal pour rencontrer l'OTAN.",
                       [("Marc Lefort", "person", None), ("Portugal", "country", None),
                        ("OTAN", "organization", None)])
    assert meetings(events)


def test_se_retrouver_with_a_predicative_complement_is_no_meeting(nlp):
    events = run(nlp, "Les ministres de la France et de l'Allemagne se sont retrouvés bloqués à Lyon.",
                 [("France", "France", "country"), ("Allemagne", "Allemagne", "country")])
    assert not meetings(events)


def test_se_retrouver_to_meet_is_kept(nlp):
    events = run(nlp, "Les ministres de la France et de l'Allemagne se sont retrouvés mardi à Lyon.",
                 [("France", "France", "country"), ("Allemagne", "Allemagne", "country")])
    assert meetings(events)


def test_meeting_called_off_is_no_meeting(nlp):
    events = run(nlp, "Le ministre de la France annule sa rencontre avec le chancelier de l'Allemagne.",
                 [("France", "France", "country"), ("Allemagne", "Allemagne", "country")])
    assert not meetings(events)


def test_meeting_held_is_kept(nlp):
    events = run(nlp, "Le ministre de la France prépare sa rencontre avec le chancelier de l'Allemagne.",
                 [("France", "France", "country"), ("Allemagne", "Allemagne", "country")])
    assert meetings(events)


def test_election_annulled_is_still_told(nlp):
    events = run(nlp, "Le tribunal de la France a annulé l'élection municipale de Lyon.",
                 [("France", "France", "country")])
    assert [e for e in events if e.event_type == "election"]


def test_habitual_talks_are_no_meeting(nlp):
    events = run(nlp, "Le ministre de la France discute souvent avec le chancelier de l'Allemagne.",
                 [("France", "France", "country"), ("Allemagne", "Allemagne", "country")])
    assert not meetings(events)


def test_talks_held_are_kept(nlp):
    events = run(nlp, "Le ministre de la France a discuté mardi avec le chancelier de l'Allemagne.",
                 [("France", "France", "country"), ("Allemagne", "Allemagne", "country")])
    assert meetings(events)


def test_visit_of_ones_own_son_is_no_meeting(nlp):
    events = run_roles(nlp, "Le maire Paul Martin reçoit la visite de son fils chaque dimanche.",
                       [("Paul Martin", "person", "maire")])
    assert not meetings(events)


def test_visit_of_a_minister_is_kept(nlp):
    events = run_roles(nlp, "Le maire Paul Martin reçoit la visite de Jean Roux dimanche.",
                       [("Paul Martin", "person", "maire"), ("Jean Roux", "person", "ministre")])
    assert meetings(events)
