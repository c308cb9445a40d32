"""Event candidates of an article: one per trigger of each sentence segment, with its
actors, confidence, anaphora flags, date and place; the ones that are no happening dropped."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import IS_SPACE, ORTH, SPACY

from ..dates import resolve_date
from ..records import ActorMention
from ..dates import find_time_expressions
from .context import (date_scope, is_future, nearest_place, own_place, own_time_expression,
                      place_ents, sentence_ents)
from .lexicon import Lexicon
from .participants import collect_actors, mention_token_map, names_in
from .reference import irrealis, is_anaphoric, is_distinct, non_referential
from .syntax import clause_tokens, determiner, doc_forms, forms, is_verbal
from .triggers import find_triggers


@dataclass
class Candidate:
    event_type: str
    sentence_index: int
    start: int                       # token indices of the trigger span [start, end)
    end: int
    head: object                     # the spaCy token carrying the trigger
    kind: str                        # VERB, NOUN or PHRASE
    confidence: float
    actors: dict[str, str] = field(default_factory=dict)   # canonical name -> role
    date_text: str | None = None
    event_date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    anaphoric: bool = False
    distinct: bool = False
    strong_anaphor: bool = False     # "cette visite", "il s'agit du ...": the one just told
    generic: bool = False            # "les sanctions", "des négociations": no happening of its own
    own_actors: bool = False         # an actor inside the noun phrase ("les sanctions de l'ONU")
    own_date: bool = False           # the date is syntactically the trigger's
    heads: list = field(default_factory=list)   # trigger tokens of the merged mentions
    own_place: str | None = None     # a place syntactically the trigger's ("sommet de Genève")
    segment: int = 0                 # first token of the sentence segment


def token_rows(doc) -> list[list[int]]:
    """(orth, is_space, followed by a space) of every token, from spaCy's arrays."""
    return doc.to_array([ORTH, IS_SPACE, SPACY]).tolist()


def segments(sent, rows=None) -> list:
    """The sentence cut where the parser missed a boundary: at whitespace tokens (line
    breaks, double spaces) and after a final period followed by a capital. `rows`:
    token_rows(sent.doc), when the caller has them."""
    doc = sent.doc
    rows = token_rows(doc) if rows is None else rows
    strings = doc.vocab.strings
    bounds, start = [], sent.start
    for i in range(sent.start, sent.end):
        orth, space, spaced = rows[i]
        cut = bool(space)
        if not cut and spaced and i + 1 < sent.end and strings[orth] in (".", "!", "?"):
            nxt = strings[rows[i + 1][0]][:1]
            cut = nxt.isupper() or nxt in "«\""
        if cut and i + 1 > start:
            bounds.append((start, i + 1))
            start = i + 1
    if start < sent.end:
        bounds.append((start, sent.end))
    return [doc[a:b] for a, b in bounds if not all(rows[i][1] for i in range(a, b))]


def build_candidates(doc, sentences, mentions, published_at, lex):
    mention_tokens = mention_token_map(doc, mentions)
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in sorted(mentions, key=lambda m: m.char_start):
        by_sentence.setdefault(m.sentence_index, []).append(m)
    doc_ents = tuple(doc.ents)                    # spaCy rebuilds doc.ents on every read
    token_forms, rows = doc_forms(doc), token_rows(doc)
    out = []
    for s in sentences:
        whole = doc.char_span(s.start, s.end, alignment_mode="expand")
        for sent in (segments(whole, rows) if whole is not None else []):
            out.extend(segment_candidates(sent, s.index, lex, mention_tokens, by_sentence,
                                          published_at, doc_ents, token_forms))
    return out


def rule_option(lex: Lexicon, etype: str, head, name: str):
    """An option of the lexicon entry that fired for `head` (verbs and nouns)."""
    table = lex.verbs if is_verbal(head) else lex.nouns
    for f in sorted(forms(head)):
        for r in table.get(f, []):
            if r.event_type == etype and name in r.options:
                return r.options[name]
    return None


def reverse_roles(actors: dict[str, str]) -> dict[str, str]:
    """Receiving verbs ("acheter", "recevoir"): the subject is the recipient (target) and
    the "de X" complement the supplier (source)."""
    swap = {"source": "target", "target": "source", "participant": "participant"}
    return {n: swap[r] for n, r in actors.items()}


def segment_candidates(sent, sentence_index, lex, mention_tokens, by_sentence, published_at,
                       doc_ents=None, token_forms=None):
    triggers = find_triggers(sent, lex, mention_tokens, token_forms)
    if not triggers:
        return []
    heads = [t[3] for t in triggers]
    ents = sentence_ents(sent, doc_ents)
    times = find_time_expressions(sent.text)
    subtrees: dict[int, frozenset[int]] = {}
    out = []
    for etype, start, end, head, kind, conf in triggers:
        actors = collect_actors(head, sent, mention_tokens, sentence_index, by_sentence, heads,
                                speech=etype == "statement", subtrees=subtrees)
        if rule_option(lex, etype, head, "reverse_roles"):
            actors = reverse_roles(actors)
        if not actors or (lex.type_options.get(etype, {}).get("requires_source")
                          and "source" not in actors.values()):
            continue
        c = Candidate(etype, sentence_index, start, end, head, kind, conf, actors,
                      segment=sent.start)
        describe(c, sent, mention_tokens, published_at, heads, ents, times)
        if irrealis(head, lex, c.own_date) or non_referential(head, lex):
            continue
        c.own_actors = bool(names_in(clause_tokens(head)[1:], mention_tokens))
        c.generic = is_generic(c)
        out.append(c)
    return out


def is_generic(c: Candidate) -> bool:
    """A plural noun, bare, indefinite or definite ("des négociations", "les sanctions"),
    with no number, ordinal or "nouveau", no date of its own and outside the headline: talk
    about a kind of happening or a state, not a new happening."""
    head = c.head
    if head.pos_ != "NOUN" or c.kind == "PHRASE" or c.sentence_index == 0:
        return False
    if "Plur" not in head.morph.get("Number") and not head.lower_.endswith(("s", "x")):
        return False
    return (determiner(head) in ("bare", "indefinite", "definite") and not c.distinct
            and not c.own_date)


def describe(c: Candidate, sent, mention_tokens, published_at, other_heads=(), ents=None,
             times=None) -> None:
    """Confidence, anaphora flags, date and place of a candidate. `ents` and `times`: the
    segment's entities and time expressions, when the caller has them."""
    head = c.head
    if any(r in ("source", "target") for r in c.actors.values()):
        c.confidence += 0.1
    c.anaphoric, c.distinct = is_anaphoric(head), is_distinct(head)
    c.strong_anaphor = head.pos_ == "NOUN" and (
        determiner(head) == "demonstrative" or head.head.lemma_ == "agir")
    if head.head.lemma_ == "agir":                # "il s'agit du premier essai": the same one
        c.distinct = False
    others = [h for h in other_heads if h.i != head.i]
    # the clause that dates and places the trigger, walked once (when there is a date or place)
    scope = None
    if ents is not None and times is not None and (times or place_ents(ents)):
        scope = date_scope(head, others)
    when = own_time_expression(sent, head, others, times, scope)
    c.own_date = when is not None
    if c.own_date:
        c.confidence += 0.05
    if when:
        c.date_text = when[0]
        prefer = "future" if is_future(head) else "past"
        c.event_date, c.date_precision = resolve_date(when[0], published_at, prefer)
    c.own_place = own_place(sent, head, mention_tokens, others, ents, scope)
    c.location = c.own_place or nearest_place(sent, head, ents)
