"""Gazetteer matches in the text (countries and known organizations), the country mentions
that only name a place or belong to a longer name, and "le Nord" / "le Sud" as aliases."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from newsledger.extract.actors.candidates import Cand, Entity, SpanSet
from newsledger.extract.actors.components import GAZETTEER_SPANS, actor_spans
from newsledger.extract.actors.gazetteer import Gazetteer, words_re
from newsledger.extract.words import DEFINITE_ARTICLES, either_apostrophe, elided, straight_apostrophes


def gazetteer_cands(doc, g: Gazetteer, text: str | None = None) -> list[Cand]:
    """The gazetteer's matches (doc.spans written by the gazetteer ruler) as candidates.
    `text`, when the caller has it, is doc.text (which spaCy rebuilds at every read)."""
    out = []
    for span in actor_spans(doc, GAZETTEER_SPANS):
        kind, _, form = span.label_.partition(":")
        key = span.id_
        out.append(Cand(span.start_char, span.end_char, kind, key, "gaz", form,
                        key if kind == "country" else g.org_country.get(key)))
    return out + compound_cands(doc, g, {s.start for s in actor_spans(doc, GAZETTEER_SPANS)}, text)


HYPHEN = re.compile("-")


def hyphenated_tokens(doc, text: str) -> list:
    """The tokens holding a hyphen, in order, found from the hyphens of the text (a loop
    over every token of the document cost more than the rest of compound_cands)."""
    out = []
    for m in HYPHEN.finditer(text):
        tok = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is not None and len(tok) == 1 and (not out or out[-1].i != tok[0].i):
            out.append(tok[0])
    return out


# The lower-case words that link the parts of a hyphenated place name ("Hauts-de-France",
# "Île-de-France", "Saint-Pierre-et-Miquelon", "Boulogne-sur-Mer"): a gazetteer word after one
# is a part of that name (French toponymy's linking particles).
PLACE_NAME_LINKS = frozenset({"de", "du", "des", "d'", "en", "sur", "sous", "lès", "lez", "le", "la", "les",
                              "et", "aux"})


def compound_cands(doc, g: Gazetteer, matched: set[int], text: str | None = None) -> list[Cand]:
    """Gazetteer words inside a hyphenated token the ruler cannot split ("l'exercice
    sud-coréen-américain", "le sommet Corée du Sud-Japon"): from left to right, the longest
    run of its parts that is an entry, the first part also read with up to three words before."""
    out = []
    text = straight_apostrophes(doc.text if text is None else text)
    for tok in hyphenated_tokens(doc, text):
        if tok.i in matched or tok.text in g.entries:
            continue
        bounds, pos = [], tok.idx                  # (start, end) of each part in the text
        for part in tok.text.split("-"):
            bounds.append((pos, pos + len(part)))
            pos += len(part) + 1
        parts = tok.text.split("-")
        i = 0
        while i < len(bounds):
            if i and parts[i - 1] in PLACE_NAME_LINKS:
                i += 1                             # "Hauts-de-France": a place's name, no country
                continue
            starts = [bounds[i][0]] + ([doc[tok.i - k].idx for k in (1, 2, 3) if tok.i >= k] if i == 0 else [])
            found = next(((start, bounds[j - 1][1]) for start in reversed(starts)
                          for j in range(len(bounds), i, -1)
                          if (start, j) != (tok.idx, len(bounds)) and text[start:bounds[j - 1][1]] in g.entries), None)
            if found is None:
                i += 1
                continue
            entry = g.entries[text[found[0]:found[1]]]
            out.append(Cand(found[0], found[1], entry.kind, entry.key, "gaz", entry.form,
                            entry.key if entry.kind == "country" else g.org_country.get(entry.key)))
            i = next(k for k, b in enumerate(bounds + [(found[1] + 1, 0)]) if b[0] > found[1])
    return out


# a capitalised word joined by a hyphen, no space: "AP-HP" after "AP", "Paris-Saclay" after
# "Paris"; and before it: "Hôpitaux-AP"
HYPHENED_AFTER = re.compile(r"[-‐‑]([^\W\d_]\w*)")
HYPHENED_BEFORE = re.compile(r"([^\W\d_]\w*)[-‐‑]$")      # after an elision: "L'ex-LR" reads "ex"


def hyphened_fragments(cands: list[Cand], text: str, g: Gazetteer, ents: list[Entity]) -> list[Cand]:
    """The gazetteer's matches that are a part of a longer hyphenated name ("AP" of "AP-HP",
    "Paris" of "Paris-Saclay"): a match joined by a hyphen, no space, to a capitalised word
    that no other match nor an entity of its own covers, an article aside (the next name of a
    list: "Europe 1-Les Echos"); for a country's name, only a word before it ("Nouveau-Mexique",
    "Radio-Canada"). Names side by side ("Paris-Moscou", "UE-Turquie", "Chine-Afrique") stay;
    so does a demonym, whose capitalised part is the combining form of another nationality
    ("Franco-Libanais", "Afro-Américain"), no name, and a match the hyphenated words name
    with spaces for hyphens (longer_entry_spaced)."""
    covered = SpanSet((c.start, c.end) for c in cands if c.source == "gaz")
    straight = straight_apostrophes(text)     # a name after the hyphen the ruler did not split off ("UE-États-Unis")
    out = []
    for c in cands:
        if c.source != "gaz" or c.start >= c.end or c.form == "demonym":
            continue
        after = HYPHENED_AFTER.match(text, c.end)
        before = HYPHENED_BEFORE.search(text[max(0, c.start - 40):c.start])
        # a country's name before another word may be the first of two names side by side
        # ("Chine-Afrique", the NER reading both as one place): only the word before it counts
        after = after if c.kind != "country" or c.form not in ("name", "variant") else None
        pieces = ([(after.start(1), after.end(1), after.group(1))] if after else []) + \
            ([(c.start - len(before.group(0)), c.start - 1, before.group(1))] if before else [])
        if any(w[:1].isupper() and w not in CAPITAL_ARTICLES and not covered.overlaps((s, e))
               and not (s > c.end and g.regex.match(straight, s)) and not own_entity(s, e, c, ents)
               for s, e, w in pieces) \
                and not longer_entry_spaced(c, straight, g):
            out.append(c)
    return out


def own_entity(start: int, end: int, c: Cand, ents: list[Entity]) -> bool:
    """The word at start:end is in an entity of the NER apart from the match `c` ("Chine-Afrique":
    "Afrique" a place of its own): two names side by side."""
    return any(e.start_char <= start and end <= e.end_char and (e.end_char <= c.start or c.end <= e.start_char)
               for e in ents)


HYPHENS = re.compile(r"[-‐‑]")


def longer_entry_spaced(c: Cand, straight: str, g: Gazetteer) -> bool:
    """The hyphenated words around the match, read with spaces for hyphens, hold a longer
    name of the gazetteer ("Europe-Ecologie-Les Verts" is "Europe Ecologie Les Verts", whose
    "Les Verts" is an alias): the match names it. `straight`: the text, straight apostrophes."""
    start, end = c.start, c.end
    while (m := HYPHENED_BEFORE.search(straight[max(0, start - 40):start])) is not None:
        start -= len(m.group(0))
    while (m := HYPHENED_AFTER.match(straight, end)) is not None:
        end = m.end()
    spaced = HYPHENS.sub(" ", straight[start:end])
    return any(m.end() - m.start() > c.end - c.start for m in g.regex.finditer(spaced))


# Words before a language name used as such: "en anglais", "parler russe", "langue arabe".
LANGUAGE_CUES = frozenset({"en", "parler", "langue", "traduire", "version", "sous-titrer"})
LANGUAGE_ARTICLES = frozenset(either_apostrophe({"l'", "le", "du", "au"}))


def names_a_language(doc, c: Cand, g: Gazetteer, text: str) -> bool:
    """A demonym that is also a language name (data/languages.txt, from CLDR) used for the
    language: "publié en anglais", "parler russe", "langue arabe", "l'anglais et le chinois"
    (a lower-case noun after a singular article). `text` is doc.text."""
    if c.form != "demonym" or c.end - c.start < 2 or text[c.start:c.end].lower() not in g.languages:
        return False
    span = doc.char_span(c.start, c.end)
    if span is None or span.start == 0:
        return False
    tok, prev = span[0], doc[span.start - 1]
    if prev.lower_ in LANGUAGE_CUES or prev.lemma_ in LANGUAGE_CUES:
        return True
    return tok.is_lower and tok.pos_ in ("NOUN", "PROPN") and prev.lower_ in LANGUAGE_ARTICLES


NAME_LABELS = ("ORG", "MISC", "PER")   # entities whose names can hold a country word
CAPITAL_ARTICLES = frozenset(a.capitalize() for a in DEFINITE_ARTICLES if not elided(a))  # Le La Les


def name_spans(ents: list[Entity]) -> list[Entity]:
    """The article's NAME_LABELS entities, in text order, for keep_country_cand."""
    return [e for e in ents if e.label in NAME_LABELS]


def enclosing_name_label(c: Cand, names: list[Entity]) -> str | None:
    """The label of an entity of `names` (name_spans()) around the candidate, longer than it."""
    if c.start < c.end:
        # spaCy's entities never overlap: only the last one starting at or before the
        # candidate can enclose it
        k = bisect_right(names, c.start, key=lambda e: e.start_char) - 1
        if k >= 0:
            e = names[k]
            if c.end <= e.end_char and (e.start_char, e.end_char) != (c.start, c.end):
                return e.label
        return None
    labels = [e.label for e in names if e.start_char <= c.start and c.end <= e.end_char
              and (e.start_char, e.end_char) != (c.start, c.end)]
    return "PER" if "PER" in labels else (labels[0] if labels else None)


def keep_country_cand(c: Cand, text: str, names: list[Entity]) -> bool:
    """Capitals standing only for a place ("à Vienne"), places named after events ("sommet de
    Singapour"), demonyms describing a place or an institution ("la capitale autrichienne",
    "l'institut suédois") and words inside longer names are dropped."""
    before = straight_apostrophes(text[max(0, c.start - 40):c.start])
    place_before, org_before, event_before = context_regexes()
    if c.form == "demonym":
        if place_before.search(before):
            return False
        if org_before.search(before):
            return False
    elif event_before.search(before):
        return False
    elif c.form == "capital" and city_before().search(before):
        return False  # "le 7e arrondissement de Paris", "la sénatrice X de Paris": the city itself
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
        if nxt[:1].isupper() and text[c.end:c.end + 1] == " " and nxt not in CAPITAL_ARTICLES:
            # "Washington Post", "Nord Stream": part of another name
            if c.form == "capital":
                return False
    label = enclosing_name_label(c, names)
    if label is not None and (label == "PER" or c.form in ("capital", "name", "variant")):
        return False
    return True


@lru_cache(maxsize=1)
def context_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Before a candidate: a place noun (a demonym describes it), an organization word (the
    demonym describes it), an event noun and "de" (the name is the event's place)."""
    return (re.compile(rf"(?<!\w){words_re('place_noun')}\s+(?:[a-zéèê-]+\s+)?$", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{words_re('org_head')}|{words_re('org_descriptor')})\s+$"),
            re.compile(rf"(?<!\w){words_re('event_noun')}\s+(?:[a-zéèê-]+\s+)?(?:de|d')\s*$"))


@lru_cache(maxsize=1)
def city_before() -> re.Pattern:
    """Before a capital: a noun of a part or the surroundings of a place, or a local or
    elected office (data/lexicon.tsv, place_noun, city_part_noun, local_office), a word or a
    number between ("7e", a party), and "de"."""
    return re.compile(rf"(?<!\w)(?:{words_re('place_noun')}|{words_re('city_part_noun')}|{words_re('local_office')})"
                      rf"\s+(?:[\w-]+\s+)?(?:de|d')\s*$", re.IGNORECASE)


REGION_AFTER = re.compile(r" (?:latine|centrale|orientale|occidentale|septentrionale|méridionale"
                          r"|du (?:Nord|Sud)|de l['’](?:Est|Ouest))(?![\w-])")


# The last word of a text and its final apostrophe, read on the reversed text with its
# trailing spaces cut: a match at the start instead of a search ending at the end.
REVERSED_LAST_WORD = re.compile(r"['’]?\w+")
FIRST_WORD = re.compile(r"\s*([\w'’-]+)")


def preceding_word(text: str, pos: int) -> str:
    """The word ending the 30 characters before `pos` (spaces aside), lower-cased."""
    m = REVERSED_LAST_WORD.match(text[max(0, pos - 30):pos].rstrip()[::-1])
    return m.group(0)[::-1].lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = FIRST_WORD.match(text[pos:pos + 40])
    return m.group(1) if m else ""


# "le Nord", "du Sud", "au Nord": the word is searched for first, its article checked after
# (a search starting with a look-behind tries it at every position of the text).
SIDE_WORD = re.compile(r"(Nord|Sud)(?![\w-])(?! [A-Z])")
SIDE_ARTICLE = re.compile(r"\b(?:[Ll]e|[Dd]u|[Aa]u) ")


def side_words(text: str):
    """The matches of "Nord" / "Sud" after "le", "du" or "au"."""
    for m in SIDE_WORD.finditer(text):
        if m.start() >= 3 and SIDE_ARTICLE.match(text, m.start() - 3):
            yield m


def north_south_aliases(text: str, cands: list[Cand], g: Gazetteer) -> list[Cand]:
    """"le Nord" / "le Sud" stand for a country of the article named "... du Nord" / "... du Sud"."""
    present = {c.key for c in cands if c.kind == "country"}
    by_side = {}
    for code in present:
        name = g.country_names.get(code, "")
        for side in ("Nord", "Sud"):
            if name.endswith(" du " + side):
                by_side.setdefault(side, set()).add(code)
    out = list(cands)
    if not by_side:     # no country of the article is a "... du Nord/Sud": nothing to alias
        return sorted(out, key=lambda c: c.start)
    taken = SpanSet((c.start, c.end) for c in cands)
    for m in side_words(text):
        codes = by_side.get(m.group(1), set())
        if len(codes) == 1 and not taken.overlaps((m.start(), m.end())):
            code = next(iter(codes))
            out.append(Cand(m.start(), m.end(), "country", code, "gaz", "alias", code))
    return sorted(out, key=lambda c: c.start)
