"""Whose time in office dates a legal action takes no part in it (eval/GUIDELINES.md: a legal
action's actors are who brings it, who judges or carries it out, and who is charged, tried,
arrested or released).

French dates a happening or an office by the ruler of the time with "sous" and the ruler's name
("arrêté sous X", "ancien ministre sous X, il a été condamné"), or with "sous" and a noun of a
term of office whose "de" complement names the ruler ("condamné sous le mandat de X", "sous le
règne de X": data period_noun). The name says when; the ones who arrest, charge or try are named
otherwise and stay. Not "sous l'autorité de X", "sous le contrôle de X", "sous la présidence de
X" (a judge presiding a court): who has authority or presides may act. One hook:
legal.without_non_parties, for legal actions."""
from __future__ import annotations

from newsledger.extract.events.syntax import DE_CASES, PREPOSITIONAL_DEPS, case_of, forms, subtree_indices

PERIOD_CASES = frozenset({"sous"})


def ruler_phrases(sent, mention_tokens, period_nouns: frozenset[str]) -> list:
    """The phrases opened by "sous" that name a ruler: a person named right after it, or the "de"
    complement of a noun of a term of office right after it."""
    out = []
    for tok in sent:
        if case_of(tok) not in PERIOD_CASES:
            continue
        if any(m.actor_type == "person" for m in mention_tokens.get(tok.i, ())):
            out.append(tok)
        elif forms(tok) & period_nouns:
            out.extend(c for c in tok.children if c.dep_ in PREPOSITIONAL_DEPS and case_of(c) in DE_CASES)
    return out


def period_names(head, sent, mention_tokens, period_nouns: frozenset[str]) -> set[int]:
    """Tokens of the rulers by whose time in office the sentence dates the legal action of
    `head` ("sous X", "sous le mandat de X"), unless the trigger is inside that phrase."""
    out: set[int] = set()
    for ruler in ruler_phrases(sent, mention_tokens, period_nouns):
        span = subtree_indices(ruler)
        if head.i not in span:
            out |= span
    return out
