"""Slogans: words that protesters chant or write, named inside quotation marks, are what they
say, not who protests (eval/GUIDELINES.md: a protest's actors are its protesters and
organisers). A quotation is a slogan when a verb of chanting (data/gathering.json chant_verb:
"en scandant « Liberté »", "« Liberté », scandaient des manifestants") or a noun of a slogan or a
placard (slogan_noun: "une banderole « X démission »", "le slogan « ... »", "aux cris de « ... »")
stands right before it, or the verb of chanting right after it; quotations that follow one
another with only punctuation or a parenthesis between them ("« Azadi » (« Liberté »),
« Germany », scandaient...") make one run. A name all of whose mentions in the sentence lie in
such a run takes no part in the protest: a country or a newspaper called like the word chanted,
whom the slogan is against ("« coupez les vivres à X »").
One hook: gathering.gathered_actors, for every protest candidate."""
from __future__ import annotations

from newsledger.extract.events.syntax import forms, names_only_where

QUOTES = frozenset({'"', "«", "»", "“", "”"})
OPENING = frozenset({"«", "“"})
CLOSING = frozenset({"»", "”"})
MAX_GAP = 6          # tokens between two quotations of one run: punctuation, a parenthesis, a gloss


def quotations(sent) -> list[tuple[int, int]]:
    """(index of the opening mark, index of the closing mark) of the quotations of `sent`: « »
    and “ ” by their direction, plain double quotes by pairs; one still open at the end of the
    segment closes at its end."""
    out, start = [], None
    for t in sent:
        if t.text not in QUOTES:
            continue
        if start is None and (t.text in OPENING or t.text == '"'):
            start = t.i
        elif start is not None and (t.text in CLOSING or t.text == '"'):
            out.append((start, t.i))
            start = None
    if start is not None:                         # closed past the segment's end ("« Liberté ! ».Depuis")
        out.append((start, sent.end))
    return out


def runs(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations that follow one another with only punctuation between them, or a parenthesis
    of at most MAX_GAP tokens (a gloss: "« Azadi » (« Liberté » en persan), « Germany »"),
    joined."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        gap = doc[out[-1][1] + 1:start] if out else []
        glossed = any(t.text in ("(", ")") for t in gap) and len(gap) <= MAX_GAP
        if out and (glossed or all(t.is_punct for t in gap)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def neighbour(doc, sent, i: int, step: int):
    """The first word from `i` in direction `step` that is no punctuation nor determiner, in
    `sent`; None at its edge."""
    i += step
    while sent.start <= i < sent.end:
        t = doc[i]
        if not (t.is_punct or t.pos_ == "DET" or (step < 0 and t.pos_ == "ADP")):
            return t
        i += step
    return None


def slogan_tokens(sent, chant_verbs: frozenset[str], slogan_nouns: frozenset[str]) -> set[int]:
    """The indices of the tokens inside quotations that are slogans (see the module's
    docstring)."""
    doc = sent.doc
    out: set[int] = set()
    for start, end in runs(doc, quotations(sent)):
        before, after = neighbour(doc, sent, start, -1), neighbour(doc, sent, end, 1)
        chanted = (before is not None and forms(before) & (chant_verbs | slogan_nouns)) or (
            after is not None and after.pos_ == "VERB" and forms(after) & chant_verbs)
        if chanted:
            out |= set(range(start + 1, end))
    return out


def slogan_names(sent, actors: dict[str, str], mention_tokens, chant_verbs: frozenset[str],
                 slogan_nouns: frozenset[str]) -> set[str]:
    """The actors of a protest all of whose mentions in `sent` lie inside slogans."""
    inside = slogan_tokens(sent, chant_verbs, slogan_nouns)
    if not inside:
        return set()
    return names_only_where(sent, mention_tokens, lambda t, m: t.i in inside, actors)
