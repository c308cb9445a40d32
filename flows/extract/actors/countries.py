"""Gazetteer matches in the text (countries and known organizations), the country mentions
that only name a place or belong to a longer name, and "le Nord" / "le Sud" as aliases."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidates import Cand, overlaps
from .gazetteer import Gazetteer, words_re


def gazetteer_cands(text: str, g: Gazetteer) -> list[Cand]:
    out = []
    for m in g.regex.finditer(text.replace("’", "'")):
        entry = g.entries[m.group(0)]
        out.append(Cand(m.start(), m.end(), entry.kind, entry.key, "gaz", entry.form,
                        entry.key if entry.kind == "country" else g.org_country.get(entry.key)))
    return out


NAME_LABELS = ("ORG", "MISC", "PER")   # entities whose names can hold a country word


def name_spans(doc) -> dict[tuple[int, int], str]:
    """(start_char, end_char) -> label of the doc's NAME_LABELS entities, for keep_country_cand."""
    return {(e.start_char, e.end_char): e.label_ for e in doc.ents if e.label_ in NAME_LABELS}


def keep_country_cand(c: Cand, text: str, ner_spans: dict) -> bool:
    """Capitals standing only for a place ("à Vienne"), places named after events ("sommet de
    Singapour"), demonyms describing a place or an institution ("la capitale autrichienne",
    "l'institut suédois") and words inside longer names are dropped."""
    before = text[max(0, c.start - 40):c.start].replace("’", "'")
    place_before, org_before, event_before = context_regexes()
    if c.form == "demonym":
        if place_before.search(before):
            return False
        if org_before.search(before):
            return False
    elif event_before.search(before):
        return False
    if c.form in ("name", "variant") and REGION_AFTER.match(text, c.end):
        return False  # "Amérique latine", "Irlande du Nord", "Afrique de l'Ouest": a region
    prev = preceding_word(text, c.start)
    if c.form != "demonym" and prev == "à":
        return False  # "à Vienne", "à Singapour": the place
    if c.form == "capital":
        if prev in {"au", "vers", "près", "depuis", "dans"}:
            return False
        nxt = next_word(text, c.end)
        if nxt[:1].isupper() and not text[c.end:c.end + 1] in ",.;:":
            return False
    if c.form in ("name", "variant", "capital"):
        nxt = next_word(text, c.end)
        if nxt[:1].isupper() and text[c.end:c.end + 1] == " " and nxt not in ("Le", "La", "Les"):
            # "Washington Post", "Nord Stream": part of another name
            if c.form == "capital":
                return False
    for (s, e), label in ner_spans.items():
        if s <= c.start and c.end <= e and (s, e) != (c.start, c.end):   # ner_spans: name_spans()
            if label == "PER" or c.form in ("capital", "name", "variant"):
                return False
    return True


@lru_cache(maxsize=1)
def context_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Before a candidate: a place noun (a demonym describes it), an organization word (the
    demonym describes it), an event noun and "de" (the name is the event's place)."""
    return (re.compile(rf"(?<!\w){words_re('place_noun')}\s+(?:[a-zéèê-]+\s+)?$", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{words_re('org_head')}|{words_re('org_descriptor')})\s+$"),
            re.compile(rf"(?<!\w){words_re('event_noun')}\s+(?:[a-zéèê-]+\s+)?(?:de|d')\s*$"))


REGION_AFTER = re.compile(r" (?:latine|centrale|orientale|occidentale|septentrionale|méridionale"
                          r"|du (?:Nord|Sud)|de l['’](?:Est|Ouest))(?![\w-])")


def preceding_word(text: str, pos: int) -> str:
    m = re.search(r"(\w+['’]?)\s*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([\w'’-]+)", text[pos:pos + 40])
    return m.group(1) if m else ""


def north_south_aliases(text: str, cands: list[Cand], g: Gazetteer) -> list[Cand]:
    """"le Nord" / "le Sud" stand for a country of the article named "... du Nord" / "... du Sud"."""
    present = {c.key for c in cands if c.kind == "country"}
    by_side = {}
    for code in present:
        name = g.country_names.get(code, "")
        for side in ("Nord", "Sud"):
            if name.endswith(" du " + side):
                by_side.setdefault(side, set()).add(code)
    taken = [(c.start, c.end) for c in cands]
    out = list(cands)
    for m in re.finditer(r"(?<=\b(?:[Ll]e|[Dd]u|[Aa]u) )(Nord|Sud)(?![\w-])(?! [A-Z])", text):
        codes = by_side.get(m.group(1), set())
        if len(codes) == 1 and not overlaps((m.start(), m.end()), taken):
            code = next(iter(codes))
            out.append(Cand(m.start(), m.end(), "country", code, "gaz", "alias", code))
    return sorted(out, key=lambda c: c.start)
