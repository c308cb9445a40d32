"""The date and place of a trigger: the time expression and place of its own clause (or
of the verb a trigger noun is an argument of), else the nearest place of the sentence."""
from __future__ import annotations

from bisect import bisect_left

from newsledger.extract.dates import find_time_expressions
from newsledger.extract.events.syntax import DE_FORMS, clause_indices, governing_verb, is_verbal


PLACE_PREPOSITIONS = {"à", "au", "aux", "en", "dans", "près"}


def is_future(tok) -> bool:
    verb = governing_verb(tok)
    if verb is None:
        return False
    if "Fut" in verb.morph.get("Tense"):
        return True
    for c in verb.children:
        if c.dep_.startswith("aux") and "Fut" in c.morph.get("Tense"):
            return True
    return verb.head.lemma_ == "aller" and verb.dep_ == "xcomp"


def date_scope(head, other_heads=()) -> set[int]:
    """Tokens whose time expression dates the trigger: its own clause; for a noun that is
    an argument of a verb that is no trigger ("ont mené des exercices cette semaine", "a
    effectué une série de tests le mois dernier"), the verb's clause too."""
    own = set(clause_indices(head))
    if is_verbal(head):
        if head.dep_ == "conj" and is_verbal(head.head):    # "a rompu en juillet et reconnu"
            own.update(clause_indices(head.head))
        return own
    if head.head.pos_ in ("ADV", "ADP") and head.head.i != head.i:    # "lors de sa visite ..."
        own.update(clause_indices(head.head))
    top = head
    while top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN" and top.head.i != top.i:
        top = top.head
    verb = top.head
    if top is not verb and is_verbal(verb) and top.dep_ in (
            "obj", "nsubj", "nsubj:pass", "obl:arg", "obl", "obl:mod") and not any(
            verb.i == h.i for h in other_heads):
        own.update(clause_indices(verb))
    return own


class DocEnts:
    """The entities of one document, read once (spaCy rebuilds doc.ents on every read), with
    their first tokens in order, so that a span's entities are found by bisection."""

    def __init__(self, doc):
        self.ents = tuple(doc.ents)
        self.starts = [e.start for e in self.ents]

    def within(self, span) -> list:
        """`span.ents`: the entities inside the span."""
        ents = self.ents[bisect_left(self.starts, span.start):bisect_left(self.starts, span.end)]
        return [e for e in ents if e.end <= span.end]


def sentence_ents(sent, doc_ents: DocEnts | None = None) -> list:
    """`sent.ents` (the entities inside the span), from the doc's entities read once."""
    if doc_ents is None:
        return list(sent.ents)
    return doc_ents.within(sent)


def own_time_expression(sent, head, other_heads=(), times=None,
                        scope=None) -> tuple[str, int] | None:
    """The time expression of the trigger's own clause nearest to it, or None. `times`:
    find_time_expressions(sent.text), `scope`: date_scope(head, other_heads), when the caller
    has them."""
    if times is None:
        times = find_time_expressions(sent.text)
    if not times:
        return None
    if scope is None:
        scope = date_scope(head, other_heads)
    doc, best = sent.doc, None
    for start, end, text in times:
        span = doc.char_span(sent.start_char + start, sent.start_char + end,
                             alignment_mode="expand")
        if span is None or not any(t.i in scope for t in span):
            continue
        dist = min(abs(t.i - head.i) for t in span)
        if best is None or dist < best[0]:
            best = (dist, text, start)
    return (best[1], best[2]) if best else None


def place_ents(ents) -> list:
    """The places among entities (not the first token of the document)."""
    return [e for e in ents if e.label_ == "LOC" and e.start != 0]


def own_place(sent, head, mention_tokens, other_heads=(), ents=None, scope=None) -> str | None:
    """A place in the trigger's own clause ("se sont réunis à Genève", "le sommet de
    Genève"), not an actor. `ents`: sent.ents, `scope`: date_scope(head, other_heads), when
    the caller has them."""
    places = place_ents(sent.ents if ents is None else ents)
    if not places:
        return None
    if scope is None:
        scope = date_scope(head, other_heads)
    for ent in places:
        if ent.start not in scope or any(t.i in mention_tokens for t in ent):
            continue
        prev = ent.doc[ent.start - 1].lower_
        if prev in PLACE_PREPOSITIONS or (prev in DE_FORMS and head.pos_ == "NOUN"
                                          and ent.root.head.i == head.i):
            return ent.text.strip()      # the model's entity may end on a line break
    return None


def nearest_place(sent, head, ents=None) -> str | None:
    places = []
    for ent in (sent.ents if ents is None else ents):
        if ent.label_ != "LOC" or ent.start == 0:
            continue
        prev = ent.doc[ent.start - 1].lower_
        if prev in PLACE_PREPOSITIONS or (prev == "de" and ent.start > 1
                                          and ent.doc[ent.start - 2].lower_ == "près"):
            places.append(ent)
    if not places:
        return None
    return min(places, key=lambda e: abs(e.start - head.i)).text.strip()
