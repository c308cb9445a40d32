"""Happenings from links (pure): which happening each new event joins, and which happenings
merge. The rule that decides the links, and its parameters, is sql/happenings/rule.sql;
this clusters what it returns: links are taken in the order given (strongest first), and
two groups of reports join when at least `min_link_share` of the report pairs between them
are links (average linkage), or when a link between them is one dispatch told again
(`told_again`), and their report dates span at most `max_span_days`. A published happening
enters as one group of its size (its reports are not relinked).

Stable ids: a cluster that holds published happenings keeps the smallest of their ids (a
bridging report merges the others into it, whatever order the reports came in); a cluster
of new events only gets stable_id('happening', its smallest event_id). Linking what is
already linked returns nothing, so a rerun changes nothing.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from newsledger.warehouse.keys import stable_id


@dataclass(frozen=True)
class Link:
    event_a: str                 # a fresh event
    event_b: str                 # a fresh or published event
    happening_b: str | None      # the happening of event_b when published
    point_a: date | None         # the date of event_a's report (None: month-precise)
    first_b: date | None         # earliest and latest report dates of event_b's side
    last_b: date | None
    size_b: int = 1              # reports of event_b's side (its happening's, or 1)
    shared_actors: int = 1
    max_span_days: int = 4
    min_link_share: float = 0.5
    told_again: bool = False     # one dispatch told again: its groups join whatever the share
    # what each side names, for the clustering: two groups join only if together they name at
    # most one place, one step and one speaker's day (the rule's one_place, one_step and
    # one_speaker_day; a side's lists are empty when the parameter is off)
    places_a: tuple = ()
    places_b: tuple = ()
    steps_a: tuple = ()
    steps_b: tuple = ()
    days_a: tuple = ()
    days_b: tuple = ()
    # the dates of each side's dated reports (day, month or year) as one interval, the rule's
    # tolerance added to its end: two groups join only if their intervals still meet (one_date;
    # empty when off or when a side has no dated report)
    dated_a: tuple = ()
    dated_b: tuple = ()


@dataclass
class Linking:
    links: dict[str, str] = field(default_factory=dict)    # new event_id -> happening_id
    merges: dict[str, str] = field(default_factory=dict)   # merged happening_id -> the one it joins


def _meet(a: tuple, b: tuple) -> tuple | None:
    """The common part of two date intervals (start, end), () standing for none; None when
    they do not meet."""
    if not a or not b:
        return a or b
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else None


def _span(a: tuple, b: tuple) -> tuple:
    points = [p for p in (*a, *b) if p is not None]
    return (min(points), max(points)) if points else (None, None)


class _Clusters:
    """Groups of nodes with their sizes, date spans and the link counts between them."""

    def __init__(self):
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}
        self.span: dict[str, tuple] = {}
        self.between: dict[str, Counter] = {}
        self.marks: dict[str, tuple] = {}    # (places, steps, days): each a frozenset
        self.dated: dict[str, tuple] = {}    # (latest start, earliest end) of the dated reports

    def add(self, key: str, size: int, first, last, marks: tuple = (), dated=()) -> None:
        if key not in self.parent:
            self.parent[key], self.size[key], self.span[key] = key, size, (first, last)
            self.between[key] = Counter()
            self.marks[key] = tuple(frozenset(m or ()) for m in marks) or (frozenset(),) * 3
            self.dated[key] = tuple(dated or ())

    def root(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def count(self, a: str, b: str) -> None:
        self.between[a][b] += 1
        self.between[b][a] += 1

    def try_join(self, a: str, b: str, share: float, max_span: int, told_again: bool = False) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra == rb or (not told_again and self.between[ra][rb] < share * self.size[ra] * self.size[rb]):
            return
        first, last = _span(self.span[ra], self.span[rb])
        if first is not None and (last - first).days > max_span:
            return
        marks = tuple(x | y for x, y in zip(self.marks[ra], self.marks[rb]))
        if any(len(m) > 1 for m in marks):     # two places, two steps or a speaker's two days
            return
        dated = _meet(self.dated[ra], self.dated[rb])
        if dated is None:                      # dated reports of two different times
            return
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.size[keep] += self.size.pop(drop)
        self.span[keep] = (first, last)
        self.marks[keep], self.dated[keep] = marks, dated
        self.marks.pop(drop)
        self.dated.pop(drop)
        for other, n in self.between.pop(drop).items():
            del self.between[other][drop]
            if other != keep:
                self.between[keep][other] += n
                self.between[other][keep] += n

    def members(self) -> list[list[str]]:
        groups: dict[str, list[str]] = {}
        for key in self.parent:
            groups.setdefault(self.root(key), []).append(key)
        return list(groups.values())


def link(fresh: list[str], pairs: list[Link]) -> Linking:
    """`fresh`: the events to link; `pairs`: the rule's links, strongest first. Returns the
    happening of every fresh event and the merges."""
    clusters = _Clusters()
    side_b = [("h:" + p.happening_b) if p.happening_b else ("e:" + p.event_b) for p in pairs]
    for p, b in zip(pairs, side_b):
        clusters.add("e:" + p.event_a, 1, p.point_a, p.point_a, (p.places_a, p.steps_a, p.days_a), p.dated_a)
        clusters.add(b, p.size_b if p.happening_b else 1, p.first_b, p.last_b,
                     (p.places_b, p.steps_b, p.days_b), p.dated_b)
        clusters.count("e:" + p.event_a, b)
    for e in fresh:
        clusters.add("e:" + e, 1, None, None)
    for p, b in zip(pairs, side_b):
        clusters.try_join("e:" + p.event_a, b, p.min_link_share, p.max_span_days, p.told_again)
    out = Linking()
    for keys in clusters.members():
        happenings = sorted(k[2:] for k in keys if k.startswith("h:"))
        events = sorted(k[2:] for k in keys if k.startswith("e:"))
        target = happenings[0] if happenings else stable_id("happening", events[0])
        out.merges.update({h: target for h in happenings[1:]})
        out.links.update({e: target for e in events})
    return out
