"""Which candidates are kept: none in page furniture (credits, tags) or code identifiers,
no common noun capitalised by its sentence, and no two overlapping (longer first, then
gazetteer > rule > NER)."""
from __future__ import annotations

import re

from newsledger.extract.actors.candidates import Cand, opens_sentence


FURNITURE = re.compile(r"[©](?:[^\n]*)|(?:Photo|Crédit|Credit)s?\s*:[^\n]*")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Photo credits, copyright lines, and lines that are not prose (tags, codes)."""
    spans = []
    for m in FURNITURE.finditer(text):
        spans.append((m.start(), m.end()))
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (" " not in stripped or len(stripped) < 4):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


CODE_LIKE = re.compile(r"_|[a-z]\.[A-Za-z]|[a-z][A-Z][a-z]+[A-Z]|[{}<>=/\\|@#]")


def looks_like_code(surface: str) -> bool:
    """Identifiers from page scripts ("USER_IDENT", "Polaris.reactCountUrl") are not names."""
    return bool(CODE_LIKE.search(surface))


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


ADJECTIVE_AFTER = re.compile(r"\s+[a-zéèêà]")
COMPLEMENT_AFTER = re.compile(r"\s+(?:des|du|de|d['’])\b")
PRIORITY = {"gaz": 3, "rule": 2, "ner": 1}


def resolve_overlaps(cands: list[Cand], text: str) -> list[Cand]:
    """Keep non-overlapping candidates: longer first, then gazetteer > rule > NER.

    A NER organization overlapping a gazetteer organization keeps its span only when it
    extends it to the left ("Assemblée générale des Nations unies") or with an adjective
    ("Conseil de sécurité nationale"); "G7 des démocraties ..." becomes "G7"."""
    gaz_orgs = [c for c in cands if c.source == "gaz" and c.kind == "organization"]
    dropped = set()
    for c in cands:
        if c.source == "gaz" or c.kind != "organization":
            continue
        for o in gaz_orgs:
            if c.start < o.end and o.start < c.end and (c.start, c.end) != (o.start, o.end):
                rest = text[o.end:c.end]
                if c.start < o.start or ADJECTIVE_AFTER.match(rest) and not COMPLEMENT_AFTER.match(rest):
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
