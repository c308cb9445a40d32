"""Meetings held at a distance and meetings held in person: two happenings when one sentence
coordinates them ("X s'est entretenu au téléphone avec Y et s'est rendu sur place pour
rencontrer Z": a call, then a visit). eval/GUIDELINES.md counts one event per distinct
happening; a call and a visit told by two coordinated predicates are two, even with the same
subject (merge.py would otherwise take the second for the first told again, same segment,
shared actor). The words of a remote channel are contexts.remote_channel (the telephone and
the video conference); a channel word in the trigger's own phrase (constraints.context_tokens)
or the trigger itself ('téléphoner') makes it remote."""
from __future__ import annotations

from newsledger.extract.events.constraints import context_tokens
from newsledger.extract.events.syntax import forms

CHANNEL_CONTEXT = "remote_channel"


def is_remote(tok, words: frozenset[str]) -> bool:
    """The meeting trigger `tok` is told as held by telephone or video ("s'entretenir au
    téléphone", "un entretien téléphonique", "téléphoner", "par visioconférence")."""
    return any(forms(t) & words for t in context_tokens(tok))


def trip_pivot(tok, is_trip):
    """The trip predicate that carries the meeting trigger `tok`: the trigger itself when it is
    a trip ('se rendre', 'visiter': `is_trip`, the lexicon's trip entries, events/trip.py), or
    the trip verb whose purpose or complement it is ("s'est rendu sur place pour rencontrer
    X"); None otherwise."""
    if is_trip(tok):
        return tok
    if tok.dep_ in ("advcl", "xcomp") and tok.head.i != tok.i and is_trip(tok.head):
        return tok.head
    return None


def coordinated(a, b) -> bool:
    """Two predicates conjoined in one sentence: one is the other's 'conj'."""
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def other_channel(prev, cand) -> bool:
    """One of the two meeting candidates is held at a distance, the other is a trip (or the
    purpose of one) coordinated with it: two happenings ("s'est entretenu au téléphone avec Y
    et s'est rendu sur place"). A meeting verb coordinated with a call ("s'est entretenu par
    téléphone avec Y et a discuté avec lui de ...") tells the call again: no trip, merged."""
    if cand.event_type != "meeting" or prev.remote == cand.remote:
        return False
    remote, visit = (prev, cand) if prev.remote else (cand, prev)
    return visit.trip_pivot is not None and any(
        coordinated(h, visit.trip_pivot) for h in remote.heads or [remote.head])
