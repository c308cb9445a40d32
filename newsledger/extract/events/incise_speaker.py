"""The speaker of a quote tag written with its subject after the verb ("« ... », a réagi
auprès de l'AFP X", "« ... » abonde encore X, qui ...") is that sentence's subject for the
pronoun or description of the sentence right after it ("Il a dénoncé", "Le maire a dénoncé"),
as a subject written before its verb is. French inverts the subject of the verb of an incise
(Grevisse, Le bon usage, the inversion in incidental clauses), and the parser often makes that
subject the verb's object or hangs it on an adjunct before it ("auprès de l'AFP X": an
apposition of "AFP"); participants.in_subject then did not see it, and a pronoun went past
the one who had just spoken to a subject further back. Only a tag right after a closing quote
mark: after a comma alone the name after a verb may be its object or a medium that reports
("..., rapporte X"), and a first version that read those too gave descriptions to reporters.
Hook: participants.resolve_pronoun_subject (the sentence right before the pronoun only)."""
from __future__ import annotations

from newsledger.extract.events.syntax import SUBJECT_DEPS, clitic, is_verbal, verb_group_start

PERSONAL = {"il", "elle", "ils", "elles", "on"}
QUOTE_MARKS = {"»", "\"", "”"}
BREAKS = {",", ";", ":", "»", "\"", "”", "(", "«", "“"}
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
    """The verb group is finite ("a réagi", "abonde"): a tag, not a participle hung after the
    quote ("« ... », martelé par X": X is its agent)."""
    return any("Fin" in t.morph.get("VerbForm")
               for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))])


def closes_quote(verb) -> bool:
    """The verb group comes right after a closing quote mark, with or without a comma ("»,
    a réagi X", "» abonde X"): a tag, whatever the verb."""
    first = verb_group_start(verb)
    before = [t for t in verb.doc[max(verb.sent.start, first - 2):first] if not t.is_space]
    return bool(before) and (before[-1].text in QUOTE_MARKS
                             or (before[-1].text == "," and len(before) > 1 and before[-2].text in QUOTE_MARKS))


def speaks_in_incise(span) -> bool:
    """The mention `span` follows a finite verb written right after a closing quote mark
    (closes_quote) with no personal clitic for subject ("», a-t-il dit à X", "», prévient-il"):
    the subject of that verb, written after it. Nothing but adverbs, dates and prepositional
    adjuncts stands between the verb and it (no punctuation, no other verb)."""
    if span is None or len(span) == 0:
        return False
    verb = tag_verb(span.root)
    if verb is None or span.start <= verb.i or not is_finite(verb) or not closes_quote(verb):
        return False
    if any((c.dep_ in SUBJECT_DEPS or c.lower_.startswith("-")) and clitic(c) in PERSONAL
           for c in verb.children):
        return False                              # "a-t-il dit à X", "prévient-il"
    between = verb.doc[verb.i + 1:span.start]
    return not any(t.text in BREAKS or t.pos_ in ("VERB", "AUX") or clitic(t) in PERSONAL
                   for t in between)
