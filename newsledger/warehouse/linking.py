"""Happenings from links (pure): which happening each new event joins, and which happenings
merge. The rule that decides the links is sql/happenings/rule.sql; this only takes the
connected components of what it returns.

Stable ids: a component that holds published happenings keeps the smallest of their ids (a
bridging report merges the others into it, whatever order the reports came in); a component
of new events only gets stable_id('happening', its smallest event_id). Linking what is
already linked returns nothing, so a rerun changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsledger.warehouse.keys import stable_id


@dataclass
class Linking:
    links: dict[str, str] = field(default_factory=dict)    # new event_id -> happening_id
    merges: dict[str, str] = field(default_factory=dict)   # merged happening_id -> the one it joins


def _find(parent: dict[str, str], node: str) -> str:
    root = node
    while parent[root] != root:
        root = parent[root]
    while parent[node] != root:                     # path compression
        parent[node], node = root, parent[node]
    return root


def link(fresh: list[str], pairs: list[tuple[str, str, str | None]]) -> Linking:
    """`fresh`: the events to link; `pairs`: (event_a, event_b, happening of event_b or None),
    event_a always fresh. Returns the happening of every fresh event and the merges."""
    parent: dict[str, str] = {}

    def node(key: str) -> str:
        parent.setdefault(key, key)
        return key

    for e in fresh:
        node("e:" + e)
    for a, b, happening in pairs:
        other = node("h:" + happening) if happening else node("e:" + b)
        ra, rb = _find(parent, node("e:" + a)), _find(parent, other)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for key in parent:
        members.setdefault(_find(parent, key), []).append(key)
    out = Linking()
    for keys in members.values():
        happenings = sorted(k[2:] for k in keys if k.startswith("h:"))
        events = sorted(k[2:] for k in keys if k.startswith("e:"))
        target = happenings[0] if happenings else stable_id("happening", events[0])
        out.merges.update({h: target for h in happenings[1:]})
        out.links.update({e: target for e in events})
    return out
