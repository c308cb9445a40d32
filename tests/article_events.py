"""Events of one invented article, read through the whole extraction (`extract_texts`): the
shared helpers of the event tests that give a sentence and look at what comes out."""
from __future__ import annotations

from newsledger.extract.article import extract_texts


def events(text: str) -> list[tuple[str, set[str]]]:
    """(event type, canonical names of its actors) of every event of an article made of a
    title and `text`, published on 2020-06-01."""
    return [(e.event_type, names) for e, names in _events(text)]


def actors_of_type(text: str, event_type: str) -> list[set[str]]:
    """The actor names of each event of `event_type`."""
    return [names for etype, names in events(text) if etype == event_type]


def protests(text: str) -> list[set[str]]:
    return actors_of_type(text, "protest")


def statements(text: str) -> list[tuple[str, set[str]]]:
    """(trigger, actor names) of each statement."""
    return [(e.trigger, names) for e, names in _events(text) if e.event_type == "statement"]


def _events(text: str):
    facts = next(extract_texts([("Titre.\n\n" + text, "2020-06-01")]))
    return [(e, {a.canonical_name for a in e.actors}) for e in facts.events]
