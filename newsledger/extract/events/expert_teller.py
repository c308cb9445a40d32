"""An expert who comments on a happening takes no part in it (eval/GUIDELINES.md: an event's
actors take part in it, as its doer, target or participant; who only explains or judges it is
no actor). French news presents the analyst it quotes by a noun of occupation of analysis,
research or teaching set in apposition after the name ("X, politologue à l'université Y",
"X, chercheuse au CNRS"; data/expert_nouns.json expert_noun, from ISCO-08), and makes that
person the subject of a verb of saying or judging ("..., estime X, professeur de sciences
politiques", "X, historien, explique que la guerre...") or the one a view is credited to
("Pour X, chercheur à Y, la détention vise à...", "selon X, analyste"). The happening is then
what the expert speaks of: neither the expert nor a body or a place named only in the
apposition (the employer, the field: "spécialiste de la Thaïlande à l'Ifri") takes part in it.

Not for statements: an expert's own words are the statement, and a public warning or
proposal by an academic is judged a statement as often as a comment to the press is judged
none (docs/audit/README.md, the reported-warning section: 21 judged-ok rows to 5 wrong).
Not when the trigger is the verb of saying itself or lies in the expert's own phrase ("X,
chercheur arrêté en Iran, a déclaré"), nor when the expert is named elsewhere in the segment
(only_named_in). A noun of occupation before the name ("le sociologue X a été arrêté") is left
alone: it presents researchers who are arrested or travel as often as commentators.
One hook: without_expert_tellers, in candidates.segment_candidates."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.gathering import gathering_words
from newsledger.extract.events.syntax import (case_of, forms, is_verbal, only_named_in, straight_apostrophes,
                                             subtree_indices)
from newsledger.resources import data_dir

EXPERT_PATH = data_dir("newsledger.extract") / "expert_nouns.json"
# "pour X, ...": the view credited to X; "selon X", "d'après X": the account credited to X
CREDIT_CASES = frozenset({"pour", "selon", "d'après"})
TELLER_DEPS = ("nsubj", "obj")
NAME_DEPS = ("flat:name", "flat", "flat:foreign")


@lru_cache(maxsize=1)
def expert_nouns() -> frozenset[str]:
    return frozenset(json.loads(EXPERT_PATH.read_text(encoding="utf-8"))["expert_noun"])


def expert_apposition(name):
    """The apposition after the name `name` headed by a noun of data expert_noun ("X,
    politologue à ..."), or None."""
    experts = expert_nouns()
    for c in name.children:
        if c.dep_ == "appos" and c.i > name.i and forms(c) & experts:
            return c
    return None


def is_teller(name, head, words) -> bool:
    """`name` is the subject of a verb of saying or judging other than the trigger `head` (the
    parser takes an inverted subject for an object: "..., estime X"), or the one a view or an
    account is credited to ("pour X", "selon X")."""
    cases = {straight_apostrophes(c.lower_) for c in name.children if c.dep_ == "case"}
    if cases & CREDIT_CASES:
        return True
    verb = name.head
    if name.dep_ not in TELLER_DEPS or verb.i == head.i or not is_verbal(verb):
        return False
    if name.dep_ == "obj" and name.i < verb.i:
        return False
    return bool(forms(verb) & words)


def expert_tellers(head, sent, mention_tokens, saying=frozenset()) -> set[str]:
    """The actors named only as an expert who speaks of the happening of the trigger `head`,
    or only in that expert's apposition (see the module's docstring)."""
    g = gathering_words()
    words = g.comment_verbs | g.evaluate_verbs | saying
    own = subtree_indices(head)
    out: set[str] = set()
    for tok in sent:
        if tok.i not in mention_tokens or tok.dep_ in NAME_DEPS:
            continue
        appos = expert_apposition(tok)
        if appos is None or head.i in subtree_indices(tok) or not is_teller(tok, head, words):
            continue
        phrase = {tok.i} | {c.i for c in tok.children if c.dep_ in NAME_DEPS} | set(subtree_indices(appos))
        out |= only_named_in(sent, phrase, own, mention_tokens)
    return out


def without_expert_tellers(etype: str, head, sent, actors: dict[str, str], mention_tokens, lex) -> dict[str, str]:
    """The actors of a candidate of any type but a statement without the experts who only
    speak of it (expert_tellers)."""
    if etype == "statement" or not actors:
        return actors
    away = expert_tellers(head, sent, mention_tokens, lex.saying_verbs)
    return {n: r for n, r in actors.items() if n not in away}
