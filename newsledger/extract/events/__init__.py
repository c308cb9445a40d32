"""Events: trigger lexicon on spaCy lemmas, participants from the dependency parse.

One pass per sentence finds trigger words or phrases of `data/event_triggers.json`, checks
their constraints (context lemmas, reflexive, negation...), collects the actor mentions that
take part (subject -> source, object/oblique -> target, the rest of the sentence ->
participant), attaches the time expression and place of the trigger's own clause, then merges
the repeated mentions of one happening ("la rencontre" ... "cette réunion") into one Event.

Precision rules (each with a test in tests/test_events.py): a trigger under a modal noun,
adjective or verb ("la capacité à voler", "des craintes de sanctions") or a bare noun that only
classifies another ("centre de lancement") is no happening; a generic plural ("les sanctions",
"des négociations") without a date of its own joins a specific event of its type that shares
an actor, or is dropped when its phrase names no actor; demonstratives and nouns in the clause
of another trigger of the type refer back; definite mentions refer back only to the last event
of their type, never across a different date or place.
"""
from __future__ import annotations

from newsledger.records import ActorMention, Event, EventActor, Sentence
from newsledger.extract.events.candidates import Candidate, build_candidates
from newsledger.extract.events import filter as event_filter
from newsledger.extract.events.election import has_no_runner
from newsledger.extract.events.election_state import holding_state
from newsledger.extract.events.penalty import is_penalty
from newsledger.extract.events.lexicon import LEXICON_PATH, load_lexicon
from newsledger.extract.events.merge import merge_candidates
from newsledger.extract.events.participants import ROLE_RANK

__all__ = ["LEXICON_PATH", "extract_events", "load_lexicon"]


def statement_kind(c: Candidate, kinds: dict[str, str]) -> str | None:
    """The kind (records.STATEMENT_KINDS) of a statement, as its trigger decides
    (data/statement_kinds.json, the Verb∋Net class of the verb); None for other types."""
    if c.event_type != "statement":
        return None
    return kinds.get(c.key) or kinds.get(c.head.lemma_) or "other"


def to_event(doc, c: Candidate, kinds: dict[str, str] | None = None) -> Event:
    span = doc[c.start:c.end]
    ordered = sorted(c.actors.items(), key=lambda kv: ROLE_RANK[kv[1]])
    return Event(
        event_type=c.event_type, trigger=span.text, sentence_index=c.sentence_index,
        char_start=span.start_char, char_end=span.end_char, date_text=c.date_text,
        event_date=c.event_date, date_precision=c.date_precision, location=c.location,
        confidence=round(max(0.05, min(0.99, c.confidence)), 3),
        actors=[EventActor(name, role) for name, role in ordered],
        statement_kind=statement_kind(c, kinds or {}))


def extract_events(doc, sentences: list[Sentence], mentions: list[ActorMention],
                   published_at: str | None = None) -> list[Event]:
    """Events of one article: triggers, participants, dates and places, merged."""
    lex = load_lexicon()
    cands = build_candidates(doc, sentences, mentions, published_at, lex)
    types = {m.canonical_name: m.actor_type for m in mentions}
    kept = [c for c in merge_candidates(cands, lex.type_options, lex.kinds)
            if not has_no_runner(c.event_type, c.actors, types, lex)   # events/election.py
            and not is_penalty(c.event_type, c.actors, types, c.heads or [c.head])]   # events/penalty.py
    for c in kept:                     # events/election_state.py: the state whose vote it is
        state = holding_state(c.head, c.actors, mentions) if c.event_type == "election" else None
        if state:
            c.actors = {**c.actors, state: "participant"}
    found = [to_event(doc, c, lex.kinds) for c in kept]
    return event_filter.apply(doc, found, mentions)   # events/filter.py: on unless NEWSLEDGER_EVENT_FILTER=off
