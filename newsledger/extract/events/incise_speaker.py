"""The speaker of a quote tag written with its subject after the verb ("« ... », a réagi
auprès de l'AFP X", "..., abonde encore X, qui ...") is that sentence's subject for the
pronoun or description of a sentence after it ("Il a dénoncé", "Le maire a dénoncé"), as a
subject written before its verb is. French inverts the subject of a verb of saying in an
incise (Grevisse, Le bon usage, the inversion in incidental clauses), and the parser often
makes that subject the verb's object or hangs it on an adjunct before it ("auprès de l'AFP
X": an apposition of "AFP"); participants.in_subject then did not see it, and a pronoun
went past the one who just spoke to a subject further back. Hook:
participants.resolve_pronoun_subject."""
from __future__ import annotations

from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.quoted import in_quote
from newsledger.extract.events.quote_teller import comment_verbs, tags_a_quote
from newsledger.extract.events.syntax import SUBJECT_DEPS, clitic, forms, is_verbal, verb_group_start

PERSONAL = {"il", "elle", "ils", "elles", "on"}
QUOTE_MARKS = {"»", "\"", "”"}
HOPS = 4


def tag_verb(tok):
    """The verb a noun of the incise hangs on, through its nominal heads (not through a verb)."""
    for _ in range(HOPS):
        if is_verbal(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok if is_verbal(tok) else None


def is_finite(verb) -> bool:
    """The verb group is finite ("a réagi", "abonde"): a tag, not a participle or an
    infinitive hung after the quote."""
    return any("Fin" in t.morph.get("VerbForm")
               for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))])


def closes_quote(verb) -> bool:
    """The verb group comes right after a closing quote mark, with or without a comma ("»,
    abonde X", "" tonne X"): a tag whatever the verb (after a quote no other verb stands
    with its subject after it)."""
    first = verb_group_start(verb)
    before = [t for t in verb.doc[max(verb.sent.start, first - 2):first] if not t.is_space]
    return any(t.text in QUOTE_MARKS for t in before)


def speaks_in_incise(span) -> bool:
    """The mention `span` is a noun phrase after a verb that tags a quote: written right after
    a closing quote mark (closes_quote), or after a comma when it is a verb of saying
    (Lexicon.saying_verbs, data/gathering.json comment_verb; quote_teller.tags_a_quote), with
    no personal clitic for subject ("a-t-il dit à X", "prévient-il") nor, after a comma, a
    subject before it outside a quotation: the subject of that verb, written after it. Nothing
    but adverbs, dates and prepositional adjuncts stands between the verb and it (no comma, no
    other verb)."""
    if span is None or len(span) == 0:
        return False
    verb = tag_verb(span.root)
    if verb is None or span.start <= verb.i or not tags_a_quote(verb) or not is_finite(verb):
        return False                              # not "», martelé par X": a participle's agent
    quoted = closes_quote(verb)
    if not quoted and not forms(verb) & (load_lexicon().saying_verbs | comment_verbs()):
        return False                              # after a comma only: a verb of saying
    # a subject before the verb: after a quote mark, the quote the parser took for it; after a
    # comma, a real one ("X, qui ..., a rencontré Y") unless it stands inside a quotation
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and not quoted and not in_quote(verb.doc, c.idx)
           for c in verb.children):
        return False
    if any((c.dep_ in SUBJECT_DEPS or c.lower_.startswith("-")) and clitic(c) in PERSONAL
           for c in verb.children):
        return False                              # "a-t-il dit à X", "prévient-il"
    between = verb.doc[verb.i + 1:span.start]
    return not any(t.text in (",", ";", ":", "»", "\"", "”", "(") or t.pos_ in ("VERB", "AUX")
                   or clitic(t) in PERSONAL for t in between)
