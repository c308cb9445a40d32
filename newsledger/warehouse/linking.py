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


@dataclass
class Linking:
    links: dict[str, str] = field(default_factory=dict)    # new event_id -> happening_id
    merges: dict[str, str] = field(default_factory=dict)   # merged happening_id -> the one it joins


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

    def add(self, key: str, size: int, first, last) -> None:
        if key not in self.parent:
            self.parent[key], self.size[key], self.span[key] = key, size, (first, last)
            self.between[key] = Counter()

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
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.size[keep] += self.size.pop(drop)
        self.span[keep] = (first, last)
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
        clusters.add("e:" + p.event_a, 1, p.point_a, p.point_a)
        clusters.add(b, p.size_b if p.happening_b else 1, p.first_b, p.last_b)
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
