"""Which characters of an article stand inside a quotation ("« ... »", "“ ... ”" or a pair of
straight quotes): the words of someone the article quotes. A name inside a quote belongs to
the quoted speech; a pronoun outside it ("« X nous a aidés », a-t-il dit") does not take it up:
the quote's speaker is named, or taken up, outside the quote.

Straight quotes open and close alternately over the whole text (an opening quote may stand
on a line of its own); a text with an odd number of them has its straight quotes ignored."""
from __future__ import annotations

from bisect import bisect_right

from newsledger.extract.events.syntax import kept_on_the_doc

OPENING = {"«": "»", "“": "”"}
STRAIGHT = "\""


def quote_intervals(text: str) -> list[tuple[int, int]]:
    """The [start, end) character intervals of the quotations of `text`, in order (nested
    quotes are inside their outer one)."""
    straight = text.count(STRAIGHT) % 2 == 0
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []             # (closing mark, start) of the open quotes
    for i, ch in enumerate(text):
        if ch in OPENING:
            stack.append((OPENING[ch], i))
        elif ch == STRAIGHT and straight:
            if stack and stack[-1][0] == STRAIGHT:
                _, start = stack.pop()
                if not stack:
                    out.append((start, i + 1))
            else:
                stack.append((STRAIGHT, i))
        elif stack and ch == stack[-1][0]:
            _, start = stack.pop()
            if not stack:
                out.append((start, i + 1))
    return out


# the quote intervals of a spaCy Doc, computed once per Doc (syntax.kept_on_the_doc)
quoted = kept_on_the_doc("quotes", lambda doc: quote_intervals(doc.text))


def in_quote(doc, char: int) -> bool:
    """The character offset `char` of `doc` stands inside a quotation."""
    spans = quoted(doc)
    k = bisect_right(spans, (char, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= char < spans[k][1]


def quote_start(doc, char: int) -> int | None:
    """The character offset where the quotation holding `char` opens, or None."""
    spans = quoted(doc)
    k = bisect_right(spans, (char, float("inf"))) - 1
    return spans[k][0] if k >= 0 and spans[k][0] <= char < spans[k][1] else None


def quoted_object(verb) -> bool:
    """The verb's direct object is a quotation that opens with it ("a célébré « une réussite
    majeure »"): the words the speaker used, quoted; not an object inside a longer quote
    ("« nous avons célébré la victoire »")."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "obj":
            continue
        first = c.left_edge.i
        mark = doc[first] if doc[first].is_quote else doc[first - 1] if first > verb.i + 1 else None
        if mark is not None and mark.is_quote and quote_start(doc, c.idx) == mark.idx:
            return True
    return False
