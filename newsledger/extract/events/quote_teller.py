"""Whom a third-person pronoun inside a quotation cannot take up: the one who says the quote.
In direct speech the speaker names himself in the first person ("je", "nous"); a third-person
pronoun of the quote ("« ... ce pour quoi il a été élu », a-t-il déclaré", "« il aura été élu
pour », répond l'animateur") stands for someone the speaker speaks of (Riegel, Pellat and
Rioul, direct speech keeps the speaker's own persons). Before, the fallback of
participants.resolve_pronoun_subject took up the quote's speaker, named or taken up just
before, and listed him as the one elected or acted on.

The speaker is read in the pronoun's sentence only: the subject of a verb of saying
(Lexicon.saying_verbs, data/gathering.json comment_verb) written outside every quotation,
named (the subject's own name and appositions, not the names of its relative clause; or the
noun the parser made the object of a verb written right after the quote) or taken up (a
personal pronoun, an inverted clitic "a-t-il", a description "l'animateur", through the same
resolution, as a statement's speaker). A quote opening with "que" in the pronoun's sentence
is reported speech ("X a dit « qu'il ne partirait pas »"), whose "il" is most often the
speaker: left as it was; the later sentences of such a quote are direct speech.
Hook: participants.resolve_pronoun_subject (the names it may not take up)."""
from __future__ import annotations

import json
from functools import lru_cache

from newsledger.extract.events.quoted import in_quote, quote_start
from newsledger.extract.events.syntax import QUE_FORMS, SUBJECT_DEPS, THIRD_PERSONS, clitic, forms, is_verbal
from newsledger.resources import data_dir



@lru_cache(maxsize=1)
def comment_verbs() -> frozenset[str]:
    """data/gathering.json comment_verb: the verbs that tag a quote besides the statement
    verbs ("répondre", "rétorquer", "souligner", "ironiser")."""
    data = json.loads((data_dir("newsledger.extract") / "gathering.json").read_text(encoding="utf-8"))
    return frozenset(data["comment_verb"])


def opens_reported_speech(doc, char: int, sent) -> bool:
    """The quotation holding `char` opens with "que" in the sentence `sent`: a quoted piece of
    reported speech. A quote opened so in a sentence before ("X estime « qu'il y a ... . Il faut
    que ... »") goes on in direct speech."""
    start = quote_start(doc, char)
    if start is None or start < sent.start_char:
        return False
    span = doc.char_span(start, min(start + 8, len(doc.text)), alignment_mode="expand")
    words = [t for t in (span or []) if not t.is_quote and not t.is_space and not t.is_punct]
    return bool(words) and words[0].lower_ in QUE_FORMS


NAME_DEPS = ("flat:name", "flat", "appos", "compound")


def name_indices(tok) -> set[int]:
    """The tokens that name the subject `tok`: itself, its flat name and its appositions
    ("le porte-parole X"), not a relative clause or a complement that names others ("X, qui
    avait soutenu Y")."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ in NAME_DEPS:
            out |= name_indices(c)
    return out


QUOTE_ENDS = {",", "»", "\"", "”"}


def tags_a_quote(verb) -> bool:
    """The verb group comes right after a comma or a closing quote ("« ... », répond X"): its
    subject follows it and the parser may take it for the object."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    before = [t for t in verb.doc[max(verb.sent.start, first - 2):first] if not t.is_space]
    return bool(before) and before[-1].text in QUOTE_ENDS


def quote_tellers(pronoun, mentions, saying, resolve) -> set[str]:
    """The names of who says the quotation holding `pronoun`, a third-person personal pronoun
    (see the module's docstring); empty when the pronoun is no such pronoun, stands outside a
    quotation, or the quotation opens with "que". `mentions`: the actor mentions of the
    pronoun's sentence; `saying`: the forms of verbs of saying; `resolve(verb, subject)`: the
    names a pronoun or description subject of `verb` takes up. The subject written after a
    verb that tags a quote may be parsed as its object ("« ... », répond l'animatrice")."""
    doc = pronoun.doc
    if pronoun.pos_ != "PRON" or clitic(pronoun) not in THIRD_PERSONS or not in_quote(doc, pronoun.idx) \
            or opens_reported_speech(doc, pronoun.idx, pronoun.sent):
        return set()
    saying = saying | comment_verbs()
    out: set[str] = set()
    for verb in pronoun.sent:
        if not is_verbal(verb) or in_quote(doc, verb.idx) or not forms(verb) & saying:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or (
            c.pos_ == "PRON" and c.lower_.startswith("-") and clitic(c) in THIRD_PERSONS)
            or (c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and tags_a_quote(verb))]
        indices: set[int] = set()
        for c in subjects:
            indices |= name_indices(c)
        named = {m.canonical_name for m in mentions
                 if any(doc[i].idx <= m.char_start < doc[i].idx + len(doc[i].text) for i in indices)}
        out |= named
        if not named:
            for c in subjects:
                out |= set(resolve(verb, c))
    return out
