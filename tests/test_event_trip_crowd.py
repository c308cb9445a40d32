"""Trips whose traveller is an unnamed crowd (issue 19, branch issue-19-meet7), on French
sentences written for these tests: trip.unnamed_crowd_travels drops a trip made by a plural
common noun that names no actor and no title ("des centaines d'étudiants", "des dizaines
d'amis"); a trip of named actors, of title holders ("des ministres") or of a
crowd that names its body ("des experts de X") stays."""
from __future__ import annotations

from test_events import nlp, run  # noqa: F401  (the session pipeline fixture)


def meetings(nlp, text, actors):
    return [e for e in run(nlp, text, actors) if e.event_type == "meeting"]


MARTIN = [("Paul Martin", "Paul Martin", "person")]
STATES = [("Syldavie", "Syldavie", "country"), ("Bordurie", "Bordurie", "country")]
UNION = [("Union des ouvriers", "Union des ouvriers", "organization")]


def test_a_crowd_of_people_travelling_is_no_meeting(nlp):
    text = "Intro. Des centaines d'étudiants se sont rendus en Syldavie après avoir traversé la Bordurie."
    assert not meetings(nlp, text, STATES)


def test_friends_going_to_someone_s_home_are_no_meeting(nlp):
    text = "Intro. Dimanche, des dizaines d'amis se sont rendus chez Paul Martin pour un repas de quartier."
    assert not meetings(nlp, text, MARTIN)


def test_title_holders_travelling_stay(nlp):
    text = "Intro. Des ministres se sont rendus mardi en Syldavie pour rencontrer Paul Martin."
    assert meetings(nlp, text, MARTIN + STATES)


def test_a_crowd_that_names_its_body_stays(nlp):
    text = "Intro. Des experts de l'Union des ouvriers se sont rendus en Syldavie mardi."
    assert meetings(nlp, text, UNION + STATES)


def test_a_named_traveller_stays(nlp):
    text = "Intro. Paul Martin s'est rendu mardi en Syldavie."
    assert meetings(nlp, text, MARTIN + STATES)


# branch issue-19-motion: a traveller reached through a participle or a controlled infinitive


def test_anyone_having_gone_somewhere_is_no_meeting_but_a_minister_stays(nlp):
    """A trip participle coordinated with another that completes "toute personne": anyone at
    all went there; a minister's trip told the same way stays."""
    text = "Intro. Toute personne travaillant ou s'étant rendue récemment chez Paul Martin doit être dépistée."
    assert not meetings(nlp, text, MARTIN)
    text = "Intro. Le ministre ayant voté puis s'étant rendu chez Paul Martin a été dépisté."
    assert meetings(nlp, text, MARTIN)


def test_people_having_gone_somewhere_are_no_meeting(nlp):
    """A trip participle completing a plural common noun: those people went there."""
    text = "Intro. Les personnes s'étant rendues chez Paul Martin doivent être dépistées."
    assert not meetings(nlp, text, MARTIN)


def test_fishermen_forbidden_to_go_are_no_meeting_but_a_minister_allowed_stays(nlp):
    """"interdire aux pêcheurs de se rendre": the dative, an unnamed crowd, would travel; "au
    ministre" names a title holder."""
    text = "Intro. La Bordurie a interdit aux pêcheurs de se rendre en Syldavie."
    assert not meetings(nlp, text, STATES)
    text = "Intro. La Bordurie a permis au ministre de se rendre en Syldavie."
    assert meetings(nlp, text, STATES)
