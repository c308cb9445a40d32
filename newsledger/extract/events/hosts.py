"""Media listed one after another share the preposition written before the first: "a averti X
sur A/B/C", "a-t-il déclaré sur A et B", "dans A, B et C". The parser often hangs the later
ones elsewhere (the direct object of the verb, a conjunct of it), but they are the channels
that host the speaker as the first one is, and take no part in what is said (the rule of
participants.is_core_argument for a medium, applied to the whole list).

The medium's own phrase is read at the root of its mention (the token whose head lies outside
the mention: "Europe" of "Europe 1", not the "1" the parser may hang on the verb)."""
from __future__ import annotations

from newsledger.extract.events.office import phrase_root

# what stands between two media of one list
LIST_SEPARATORS = frozenset({"/", ",", "et", "ou", "-", "–", "|"})


def medium_mentions(sent, mention_tokens, media) -> list[tuple[str, list[int]]]:
    """(name, token indices) of every medium mention of `sent`, in order."""
    spans: dict[int, tuple[str, list[int]]] = {}
    for i in range(sent.start, sent.end):
        for m in mention_tokens.get(i, ()):
            if m.canonical_name in media:
                spans.setdefault(id(m), (m.canonical_name, []))[1].append(i)
    return sorted(spans.values(), key=lambda s: s[1][0])


def follows_in_list(doc, before: list[int], after: list[int]) -> bool:
    """Only list separators (at least one) stand between the two mentions."""
    gap = doc[before[-1] + 1:after[0]]
    return len(gap) > 0 and all(t.lower_ in LIST_SEPARATORS for t in gap)


def hosting_media(sent, mention_tokens, media, takes_part) -> set[str]:
    """The names of the media of `sent` that only host or report: each mention whose root
    `takes_part` refuses (participants.is_core_argument), and each mention listed right after
    such a one. A name with one mention that takes part is not among them."""
    doc = sent.doc
    hosting: set[str] = set()
    acting: set[str] = set()
    previous, previous_hosts = None, False
    for name, indices in medium_mentions(sent, mention_tokens, media):
        root = phrase_root(doc, indices) or doc[indices[0]]
        hosts = not takes_part(root) or (previous is not None and previous_hosts
                                          and follows_in_list(doc, previous, indices))
        (hosting if hosts else acting).add(name)
        previous, previous_hosts = indices, hosts
    return hosting - acting
