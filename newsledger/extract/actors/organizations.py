"""Organizations recognised by the shape of their name: government bodies ("ministère
sud-coréen de la Défense", "marine russe"), a head word or descriptor with a name
("centre Carnegie", "Arms Control Association"), a capitalised head word with its
complements ("l'Association de fiscalité internationale")."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.attrs import IDX, LENGTH

from newsledger.extract.actors.candidates import Cand, Entity, entities, opens_sentence
from newsledger.extract.actors.components import GAZETTEER_SPANS, GOVERNMENT_SPANS, LINKS, actor_spans
from newsledger.extract.actors.gazetteer import Gazetteer, gazetteer, lexicon, words_re
from newsledger.extract.actors.names import fold
from newsledger.extract.words import DEFINITE_ARTICLES, straight_apostrophes


def rule_org_cands(doc, g: Gazetteer) -> list[Cand]:
    """Government bodies (doc.spans written by the government body matcher): the state is
    the nationality adjective ("marine russe") or the state named in the complement
    ("ministère des Affaires étrangères de Séoul"); "ministère" needs its portfolio."""
    places = {s.start: s.id_ for s in actor_spans(doc, GAZETTEER_SPANS)
              if s.label_.startswith("country:") and not s.label_.endswith(":demonym")}
    out = []
    for span in actor_spans(doc, GOVERNMENT_SPANS):
        words = [t.lower_ for t in span]
        code = next((g.demonyms[w] for w in words[1:] if w in g.demonyms), None)
        has_complement = any(t.text[:1].isupper() for t in span[1:])
        if span[0].lower_ == "ministère" and not has_complement:
            continue
        if code is None:
            code = next((places[t.i + 1] for t in span[1:-1] if t.lower_ in LINKS and t.i + 1 in places), None)
        out.append(Cand(span.start_char, span.end_char, "organization", span.text, "rule", "gov", code))
    return out


NAME_RUN = r"[A-ZÉÈ][\w&-]*(?:(?:\s+(?:for|of|and|on|the|de la|de l'|des|du|de))?\s+[A-ZÉÈ][\w&-]*)*"


# not the adjective of a head word: "un hôpital près de Tel-Aviv" is a place
PREPOSITIONS = "(?:près|loin|en|à|au|aux|dans|sur|sous|pour|par|avec|entre|vers|chez|contre|depuis)"


@lru_cache(maxsize=1)
def named_org_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    # The English name opens with a capital, not preceded by a word character or a hyphen:
    # "[A-Z](?<![\w-][A-Z])" is "(?<![\w-])[A-Z]" written capital first, which lets the search
    # jump from capital to capital instead of trying every position.
    return (
        re.compile(rf"(?<!\w)({words_re('org_head')})(?: (?!{PREPOSITIONS}\b)[a-zéèê]+)?(?: (?:de la|de l'|du|des|de))? ?({NAME_RUN})"),
        re.compile(rf"(?<!\w){words_re('org_descriptor')}(?: [a-zéèê]+)? ({NAME_RUN})"),
        re.compile(rf"[A-Z](?<![\w-][A-Z])[\w&-]*\s+(?:[A-Z][\w&-]*\s+){{0,3}}{words_re('org_head_en')}"
                   rf"(?:\s+(?:for|of|on)(?:\s+(?:the\s+)?[A-Z][\w-]*)+)?(?![\w-])"))


# Capitalised articles that cannot open an English organization name ("L" of "L'Arms ..."), nor
# stand inside one ("Selon Le Journal du Dimanche": a French title after a preposition).
OPENING_ARTICLES = frozenset({a.capitalize().rstrip("'") for a in DEFINITE_ARTICLES} | {"Un", "Une"})


def named_org_cands(text: str, g: Gazetteer) -> list[Cand]:
    """Organizations recognised by their shape:
    "centre Carnegie" / "hôpital berlinois de la Charité" (head word is part of the name;
    not after a nationality alone: "le laboratoire américain Pfizer" is "Pfizer"),
    "groupe de réflexion Stimson Center" (descriptor, the name follows),
    "Arms Control Association" (English head word closes the name)."""
    t = straight_apostrophes(text)
    head_name, descriptor_name, english_name = named_org_regexes()
    out = []
    for m in head_name.finditer(t):
        if m.group(2).split()[0] in g.entries:
            continue
        between = t[m.end(1):m.start(2)].strip()
        if between in g.demonyms:    # "le laboratoire américain Pfizer": a description, then the name
            out.append(Cand(m.start(2), m.end(2), "organization", m.group(2), "rule", "head", g.demonyms[between]))
            continue
        out.append(Cand(m.start(), m.end(), "organization", text[m.start():m.end()], "rule", "head"))
    for m in descriptor_name.finditer(t):
        name = m.group(1)
        if name in g.entries or name.split()[0] in g.entries:
            continue
        out.append(Cand(m.start(1), m.end(1), "organization", name, "rule", "descr"))
    for m in english_name.finditer(t):
        if any(w in OPENING_ARTICLES for w in m.group(0).split()):
            continue
        out.append(Cand(m.start(), m.end(), "organization", text[m.start():m.end()], "rule", "en"))
    return out


# Institutional head words that, capitalised inside a sentence, open a French organization name
# whose complement is lower case: "l'Association de fiscalité internationale", "la Cour de
# l'impôt", "le Conseil des ministres", "l'Office national des forêts" (data/lexicon.tsv,
# org_name_head).
NAME_HEADS = frozenset(lexicon()["org_name_head"])

LINKS = ("de la ", "de l'", "de l’", "des ", "du ", "de ", "d'", "d’",
         "pour la ", "pour le ", "pour les ", "pour l'", "pour l’")   # "Haute Autorité pour la transparence"


def _link_at(text: str, pos: int) -> int:
    for link in LINKS:
        if text.startswith(link, pos):
            return pos + len(link)
    return -1


def token_at(starts: list[int], pos: int) -> int:
    """The index of the token starting at `pos` (`starts`: token start offsets), or -1."""
    k = bisect_left(starts, pos)
    return k if k < len(starts) and starts[k] == pos else -1


# Any head word; searched for again from the character after each match, so that no
# position is skipped (an alternation of words starting with capitals scans the text fast).
HEAD_WORD = re.compile("|".join(map(re.escape, sorted(NAME_HEADS))))


def head_tokens(text: str, starts: list[int], lengths: list[int]) -> list[int]:
    """The tokens whose text is one of NAME_HEADS, in text order: a token is looked up at
    every position where a head word begins."""
    heads = []
    m = HEAD_WORD.search(text)
    while m:
        i = token_at(starts, m.start())
        if i >= 0 and text[starts[i]:starts[i] + lengths[i]] in NAME_HEADS:
            heads.append(i)
        m = HEAD_WORD.search(text, m.start() + 1)
    return heads


def predicate_adjective(doc, i: int) -> bool:
    """"la paralysie du Conseil de sécurité due à ...": an adjective with its own "à"
    complement says something of the name, it is not part of it."""
    return doc[i].pos_ == "ADJ" and i + 1 < len(doc) and doc[i + 1].lower_ in ("à", "au", "aux")


def closes_name(doc, i: int) -> bool:
    """A proper noun ends a complement unless another follows: "de l'ONU" (not "de l'ONU peine")."""
    return doc[i].pos_ == "PROPN" and (i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN")


def headed_org_cands(doc, g: Gazetteer, text: str | None = None, ents: list[Entity] | None = None) -> list[Cand]:
    """A capitalised head word inside a sentence, its adjectives, then up to two "de"
    complements of nouns, adjectives and names, stopping at a verb or any other word.
    `ents`: entities(doc), when the caller has read them."""
    text = doc.text if text is None else text
    spans = doc.to_array([IDX, LENGTH])
    starts, lengths = spans[:, 0].tolist(), spans[:, 1].tolist()
    heads = head_tokens(text, starts, lengths)
    if not heads:
        return []
    ents = entities(doc) if ents is None else ents
    in_person = {i for e in ents if e.label == "PER" for i in range(e.start, e.end)}
    out = []
    for t in (doc[i] for i in heads):
        if opens_sentence(doc, t) or doc[t.i - 1].text in (":", "«", '"', "-", "'", "‘", "“"):
            continue
        end, i = t.idx + len(t.text), t.i + 1
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower() and doc[i - 1].whitespace_:
            end, i = doc[i].idx + len(doc[i].text), i + 1
        for k in range(3):
            if end >= len(text) or text[end] != " ":
                break
            pos = _link_at(text, end + 1)
            if pos < 0 and k and text.startswith("et ", end + 1):
                pos = _link_at(text, end + 4)  # "de la sécurité alimentaire et des affaires vétérinaires"
            j = token_at(starts, pos) if pos >= 0 else -1
            if j < 0:
                break
            words_end = None
            while j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[j].is_punct \
                    and doc[j].text[:1].isalpha() and j not in in_person and not predicate_adjective(doc, j):
                words_end, j = doc[j].idx + len(doc[j].text), j + 1
                if not doc[j - 1].whitespace_ or closes_name(doc, j - 1):
                    break
            if words_end is None:
                break
            end = words_end
        if end - t.idx > len(t.text) + 3 and " " in text[t.idx:end]:
            surface = text[t.idx:end]
            if fold(surface) not in g.not_actors:
                out.append(Cand(t.idx, end, "organization", surface, "rule", "headed"))
    return out
