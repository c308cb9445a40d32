"""Which candidates are kept: none in page furniture (credits, datelines, tags),
no common noun capitalised by its sentence or line, no common noun cut from its adjective, no product counted by a number, no ship,
and no two overlapping (longer first, then gazetteer > rule > NER)."""
from __future__ import annotations

import re
from functools import lru_cache

from newsledger.extract.actors.candidates import Cand, opens_sentence
from newsledger.extract.actors.gazetteer import gazetteer, lexicon
from newsledger.extract.actors.names import fold
from newsledger.extract.actors.ner import common_word


FURNITURE = re.compile(r"[©](?:[^\n]*)|(?:Photo|Crédit|Credit)s?\s*:[^\n]*")
# A dispatch's credit, by its form and place: a dateline opening a line, its place in
# capitalised words ("PARIS (AFP) -",
# "(Reuters) –"), a line that is only a credit ("(avec AFP)", "Source : AFP/Reuters").
CREDIT_NAMES = r"[A-Z][\w.-]*(?:\s*(?:/|,|et)\s*[A-Z][\w.-]*){0,3}"
CREDIT_WORDS = r"(?:[Aa]vec|[Ss]ources?\s*:|[Dd]'après)"
CREDITS = re.compile(rf"^(?:[A-ZÉ][\w'’-]*[ ,/]*){{0,4}}\(\s*{CREDIT_NAMES}\s*\)\s*[-–—]"
                     rf"|^[ \t]*(?:\(\s*(?:{CREDIT_WORDS}\s*)?{CREDIT_NAMES}\s*\)|{CREDIT_WORDS}\s+{CREDIT_NAMES})[ \t]*\.?[ \t]*$",
                     re.MULTILINE)


# Markup left in a page's text: an attribute ('url="..."' of an embed shortcode), a link, a tag.
MARKUP = re.compile(r"\w+=\"[^\"\n]*\"|(?:https?:)?//[^\s\"\]]+|<[^<>\n]+>")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Photo credits, copyright lines, datelines and credit lines, markup (MARKUP), and lines
    that are not prose (tags, codes)."""
    spans = []
    for regex in (FURNITURE, CREDITS, MARKUP):
        spans += [(m.start(), m.end()) for m in regex.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (" " not in stripped or len(stripped) < 4):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


# A dispatch's intertitle, a line between dashes: "- Statut de réfugié -", '- "Triomphal" -'.
INTERTITLE = re.compile(r"^[ \t]*[-–—][ \t]+[^\n]{1,100}?[ \t]+[-–—][ \t]*$", re.MULTILINE)


def intertitle_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in INTERTITLE.finditer(text)]


def intertitle_word(c: Cand, text: str, intertitles: list[tuple[int, int]]) -> bool:
    """A NER name inside an intertitle, written nowhere else in the article: intertitles are
    headings of a few common words capitalised ('- "Attitude discriminatoire" -')."""
    if c.source != "ner" or not any(s <= c.start and c.end <= e for s, e in intertitles):
        return False
    surface, pos = text[c.start:c.end], text.find(text[c.start:c.end])
    while pos >= 0:
        if not any(s <= pos < e for s, e in intertitles):
            return False
        pos = text.find(surface, pos + 1)
    return True


def sentence_initial_noun(doc, c: Cand) -> bool:
    """"Photos à l'appui, ...", "Membre de la coalition, ...": a common noun capitalised only
    because it opens the sentence, and never written with a capital elsewhere."""
    if c.source != "ner" or " " in c.key:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
        return False
    tok = span[0]
    if not opens_sentence(doc, tok):
        return False
    return not any(o.text == tok.text and not opens_sentence(doc, o) for o in doc if o.i != tok.i)


def lone_opening_name(doc, c: Cand, text: str) -> bool:
    """"Machiste et polluant, ...", "Reggaeton, soirées ...": a one-word person the NER found
    opening a sentence, written nowhere else in the article (news names a person by first
    name and surname, or after a title, before the surname alone)."""
    if c.source != "ner" or c.kind != "person" or " " in c.key:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) != 1 or not opens_sentence(doc, span[0]):
        return False
    return len(re.findall(rf"(?<!\w){re.escape(c.key)}(?!\w)", text)) == 1


def common_words_opening(doc, c: Cand, heads: frozenset[str]) -> bool:
    """"Affaires étrangères" (a section heading), "Nouveaux bilans, ...": an entity of common
    words only, its first capitalised because it opens the line or sentence, its others in
    lower case; unless its first word is an organization head ("Commission électorale").
    `heads`: those words, folded."""
    if c.source != "ner" or c.kind != "organization" or " " not in c.key:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not opens_sentence(doc, span[0]) or fold(span[0].text) in heads:
        return False
    return all(t.pos_ in ("NOUN", "ADJ", "DET", "ADP") and (t.is_lower or t.i == span.start) for t in span)


def noun_cut_from_its_adjective(doc, c: Cand) -> bool:
    """"le ministre de l'Action et des Comptes publics", "la Brigade financière": a NER
    organization of one capitalised word of French (common_word) whose own adjective follows
    in lower case is a piece of a longer name or of a common noun phrase, not an actor's name
    by itself."""
    if c.source != "ner" or c.kind != "organization" or " " in c.key:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.is_upper or not tok.text[:1].isupper() or not common_word(tok.lower_):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.pos_ == "ADJ" and nxt.dep_ == "amod" and nxt.head.i == tok.i


def counted_product(doc, c: Cand) -> bool:
    """"36 Rafale", "deux Airbus": a name counted by a number (not the article "un", "une") is
    a product, not an organization;
    "CAC 40", "Boeing 737": a name whose number follows is an index or a model."""
    if c.kind != "organization" or c.source == "gaz":
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.like_num and before.lower_ not in ("un", "une") \
        or after is not None and after.is_digit and bool(span[-1].whitespace_)


@lru_cache(maxsize=1)
def vessel_nouns() -> frozenset[str]:
    return frozenset(lexicon()["vessel_noun"])


def named_vessel(doc, c: Cand) -> bool:
    """"le paquebot Jewel of the Seas", "un autre bateau, le X": a NER name right after a
    noun of ships (data/lexicon.tsv, vessel_noun), an article or a comma between, names the
    ship, not an organization or a person."""
    if c.source != "ner" or c.kind == "country":
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and (doc[i].pos_ == "DET" or doc[i].text == ","):
        i -= 1
    return i >= 0 and (doc[i].lemma_.lower() in vessel_nouns() or doc[i].lower_ in vessel_nouns())


ADJECTIVE_AFTER = re.compile(r"\s+[a-zéèêà]")
COMPLEMENT_AFTER = re.compile(r"\s+(?:des|du|de|d['’])\b")
PRIORITY = {"gaz": 3, "rule": 2, "ner": 1}


def country_after(rest: str) -> bool:
    """" Philippines" in "CNN Philippines": a NER organization extending a known one with a
    country's name is its branch in that country, a name of its own."""
    entry = gazetteer().entries.get(rest.strip()) if rest[:1] == " " else None
    return entry is not None and entry.kind == "country" and entry.form in ("name", "variant")


def titled_name_in_org(cands: list[Cand]) -> list[Cand]:
    """NER organizations ending with a person named after a title ("le ministre des
    Transports Yiannis Karousos" taken as one organization "Transports Yiannis Karousos"); a
    name of one word is not enough ("le candidat du Rassemblement National")."""
    titled = {c.end: c.start for c in cands if c.kind == "person" and c.source == "rule" and " " in c.key}
    return [c for c in cands if c.kind == "organization" and c.source == "ner" and c.start < titled.get(c.end, -1)]


def resolve_overlaps(cands: list[Cand], text: str) -> list[Cand]:
    """Keep non-overlapping candidates: longer first, then gazetteer > rule > NER.

    A NER organization overlapping a gazetteer organization keeps its span only when it
    extends it to the left ("Assemblée générale des Nations unies"), with an adjective
    ("Conseil de sécurité nationale") or a country ("CNN Philippines"); "G7 des démocraties ..." becomes "G7"."""
    gaz_orgs = [c for c in cands if c.source == "gaz" and c.kind == "organization"]
    dropped = {id(c) for c in titled_name_in_org(cands)}
    for c in cands:
        if c.source == "gaz" or c.kind != "organization":
            continue
        for o in gaz_orgs:
            if c.start < o.end and o.start < c.end and (c.start, c.end) != (o.start, o.end):
                rest = text[o.end:c.end]
                if c.start < o.start or ADJECTIVE_AFTER.match(rest) and not COMPLEMENT_AFTER.match(rest) \
                        or country_after(rest):
                    dropped.add(id(o))
                else:
                    dropped.add(id(c))
    chosen: list[Cand] = []
    taken = bytearray(max((c.end for c in cands), default=0) + 1)   # 1 = inside a chosen span
    for c in sorted((c for c in cands if id(c) not in dropped),
                    key=lambda c: (-(c.end - c.start), -PRIORITY[c.source])):
        if c.start >= c.end:        # an empty span overlaps a chosen one strictly around it
            if any(o.start < c.start < o.end for o in chosen):
                continue
        elif taken.find(1, c.start, c.end) >= 0:
            continue
        chosen.append(c)
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)
