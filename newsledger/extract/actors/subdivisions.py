"""Country words that name a sub-national state, province or region instead (ISO 3166-2,
read through pycountry with its French names): "Jersey" inside "New Jersey", "Washington" in
"l'État de Washington" (not the capital of the United States), "Géorgie" in "l'État de
Géorgie" (not the country Georgia). Such a state is a place, no actor (eval/GUIDELINES.md:
a city, region or site that is only a place is a location), and never the country whose
name it shares: the country's match is dropped and no actor takes its place."""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

from newsledger.extract.actors.candidates import Cand
from newsledger.extract.actors.gazetteer import Gazetteer
from newsledger.extract.actors.names import fold
from newsledger.extract.words import straight_apostrophes


@lru_cache(maxsize=1)
def subdivision_states() -> dict[str, frozenset[str]]:
    """The names of the ISO 3166-2 subdivisions, as ISO writes them and in French
    (pycountry's 'iso3166-2' gettext locale), straight apostrophes, each with the states (ISO
    alpha-2) that have a subdivision of that name or that ISO lists as a subdivision too
    ("CN-HK" is Hong Kong, HK)."""
    try:
        fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:
        fr = str
    out: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        for n in (s.name, fr(s.name)):
            out.setdefault(straight_apostrophes(n), set()).update({s.country_code, s.code.split("-", 1)[1]})
    return {n: frozenset(codes) for n, codes in out.items()}


@lru_cache(maxsize=1)
def folded_subdivision_names() -> frozenset[str]:
    """The subdivision names, folded (names.fold): "Georgie" as well as "Géorgie"."""
    return frozenset(fold(n) for n in subdivision_states())


def longer_subdivisions(g: Gazetteer) -> dict[str, list[tuple[str, int]]]:
    """For each surface of a country in the gazetteer, the names of two words or more of the
    subdivisions of another state that hold it as whole words, each with the offset of the
    surface inside it ("Jersey" -> ("New Jersey", 4), a state of the United States; "Espagne"
    -> ("Port d'Espagne", 7), a town of Trinidad). A subdivision of the state the word names
    ("Santiago de Cuba" for "Cuba", "San Salvador" for "Salvador") leaves the word alone: the
    country it names is the right one, and such a name is often its capital's."""
    def build():
        out: dict[str, list[tuple[str, int]]] = {}
        for name in subdivision_states():
            if " " not in name:
                continue
            for m in g.regex.finditer(name):
                entry = g.entries.get(m.group(0))
                if entry is not None and entry.kind == "country" and m.group(0) != name \
                        and entry.key not in subdivision_states()[name]:
                    out.setdefault(m.group(0), []).append((name, m.start()))
        return out
    return g.memo("longer_subdivisions", build)


# "l'État de", "l'Etat américain de", "les États de": a state's noun, a word that qualifies
# it, and "de" ending the text before a name; "chef d'État de", "coup d'Etat" name no state
STATE_NOUN_BEFORE = re.compile(r"(?<!\w)(?<!d')[ÉEée]tats?(?:\s+[a-zéèêîï-]+)?\s+(?:de\s+|d')$")


def names_a_subdivision(c: Cand, text: str, g: Gazetteer) -> bool:
    """The country candidate `c` is a word of a subdivision's longer name written around it
    ("New Jersey"), or a subdivision's name after a state's noun ("l'État de Washington")."""
    surface = straight_apostrophes(text[c.start:c.end])
    for name, offset in longer_subdivisions(g).get(surface, ()):
        start = c.start - offset
        if start >= 0 and straight_apostrophes(text[start:start + len(name)]) == name \
                and not text[start - 1:start].isalnum() and not text[start + len(name):start + len(name) + 1].isalnum():
            return True
    if c.form not in ("name", "variant", "capital") or fold(surface) not in folded_subdivision_names():
        return False
    return bool(STATE_NOUN_BEFORE.search(straight_apostrophes(text[max(0, c.start - 40):c.start])))
