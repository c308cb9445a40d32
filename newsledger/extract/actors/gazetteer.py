"""The gazetteer (data/*.tsv, data/*.txt): countries with their variants, capitals and
demonyms, known organizations and news agencies, person titles, words that are no actors, language names, and the word
lists of data/lexicon.tsv; loaded once per process."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsledger.extract.tries import word_trie
from newsledger.extract.actors.names import fold, plural, strip_initial_accent
from newsledger.extract.words import straight_apostrophes
from newsledger.resources import data_dir

DATA = data_dir("newsledger.extract")


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t") + [""] * len(header))) for ln in lines[1:]]


def read_list(name: str) -> list[str]:
    return [ln.strip() for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


@dataclass
class Entry:
    kind: str          # 'country' or 'organization'
    key: str           # alpha-2 for countries, canonical name for organizations
    form: str          # 'name', 'variant', 'capital', 'demonym', 'org'


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    org_country: dict[str, str | None] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)      # lower-case form -> code
    titles: list[str] = field(default_factory=list)
    not_actors: set[str] = field(default_factory=set)
    calendar: frozenset[str] = frozenset()                      # feasts and calendar days, folded
    languages: frozenset[str] = frozenset()                     # French language names
    agencies: frozenset[str] = frozenset()                      # canonical names of news agencies
    home_only: dict[str, str] = field(default_factory=dict)     # party alias -> canonical, for an article about its state only
    contracted: dict[str, Entry] = field(default_factory=dict)  # "au Figaro", "des Echos" -> the medium (title_forms)
    regex: re.Pattern | None = None
    demonym_regex: re.Pattern | None = None
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, build):
        """A value derived from the gazetteer (a compiled regex), built on first use."""
        if key not in self.derived:
            self.derived[key] = build()
        return self.derived[key]

    def add(self, surface: str, entry: Entry, accentless: bool = True) -> None:
        surface = straight_apostrophes(surface)
        for s in {surface, strip_initial_accent(surface) if accentless else surface}:
            self.entries.setdefault(s, entry)


def demonym_forms(spec: str) -> list[str]:
    forms = []
    for pair in filter(None, spec.split("|")):
        masc, _, fem = pair.partition(":")
        fem = fem or masc
        forms += [masc, fem, plural(masc), plural(fem)]
    return list(dict.fromkeys(forms))


LINK_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "et", "d'", "l'", "of", "the", "and"})


def spelling_variants(name: str) -> list[str]:
    """How the press also writes a country name of several words: every word capitalised
    ("Arabie Saoudite", "Emirats Arabes Unis"), a space for the hyphen ("Royaume Uni")."""
    if " " not in name and "-" not in name:
        return []
    capitalised = " ".join(w if w.lower() in LINK_WORDS else w[:1].upper() + w[1:] for w in name.split(" "))
    return [v for v in {capitalised, name.replace("-", " "), capitalised.replace("-", " ")} if v != name]


# A medium's title opening with the article Le or Les loses it to the contracted article after
# "à" and "de" (French grammar: à + le = au, de + le = du, à + les = aux, de + les = des): "une
# interview au Figaro", "les révélations du Canard enchaîné", "selon des Echos".
CONTRACTIONS = {"Le": ("au", "du"), "Les": ("aux", "des")}


def title_forms(name: str) -> tuple[list[str], list[str]]:
    """How the press also writes a medium's title (data/media.tsv, data/news_agencies.tsv):
    every word capitalised ("Le Canard Enchaîné", "Le Dauphiné Libéré"), its article in lower
    case inside a sentence ("selon le Figaro", "à la Dépêche du Midi"); and, apart, the forms
    where the preposition has swallowed the article ("au Figaro", "du Monde"), whose first
    word is the preposition."""
    forms = [name] + spelling_variants(name)
    first = name.split(" ", 1)[0]
    if first in ("Le", "La", "Les") and " " in name:
        forms += [f.replace(first, first.lower(), 1) for f in forms]
    contracted = [f"{c} {f.split(' ', 1)[1]}" for f in forms if f.split(" ", 1)[0] in CONTRACTIONS
                  for c in CONTRACTIONS[f.split(" ", 1)[0]]]
    return [f for f in forms if f != name], contracted


# English country names that are also common first names or US states.
ENGLISH_AMBIGUOUS = {"Chad", "Jordan", "Georgia", "Israel", "Guinea", "Niger", "Jersey", "Cuba",
                     "Mali", "Oman", "Iran", "Iraq", "Peru", "Togo", "Benin", "Gabon", "Canada",
                     "Japan", "China", "India", "Italy", "Malta", "Nauru", "Samoa", "Tonga",
                     "Kenya", "Sudan", "Yemen", "Qatar", "Haiti", "Chile", "Nepal", "Laos"}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    for row in read_tsv("countries.tsv"):
        g.country_names[row["alpha2"]] = row["name_fr"]
        g.add(row["name_fr"], Entry("country", row["alpha2"], "name"))
        for en in filter(None, row["names_en"].split("|")):
            if " " in en or en not in ENGLISH_AMBIGUOUS:
                g.add(en, Entry("country", row["alpha2"], "variant"), accentless=False)
    for row in read_tsv("countries_curated.tsv"):
        code = row["alpha2"]
        variants = [v for v in row["variants"].split("|") if v]
        g.country_names.setdefault(code, variants[0] if variants else code)
        for v in variants:
            g.add(v, Entry("country", code, "variant"))
        for c in filter(None, row["capitals"].split("|")):
            g.add(c, Entry("country", code, "capital"))
        for d in demonym_forms(row["demonyms"]):
            g.demonyms[d] = code
            for form in (d, d[:1].upper() + d[1:]):
                g.add(form, Entry("country", code, "demonym"), accentless=False)
    for surface, entry in list(g.entries.items()):
        if entry.kind == "country" and entry.form in ("name", "variant"):
            for v in spelling_variants(surface):
                g.add(v, entry)
    for name in ("organizations.tsv", "parties.tsv", "news_agencies.tsv", "media.tsv"):
        for row in read_tsv(name):
            canonical = row["canonical"]
            g.org_country[canonical] = row["country"] or None
            for s in [canonical] + [a for a in row["aliases"].split("|") if a]:
                g.add(s, Entry("organization", canonical, "org"))
            for s in filter(None, row.get("home_only", "").split("|")):
                g.home_only[straight_apostrophes(s)] = canonical
    for name in ("news_agencies.tsv", "media.tsv"):
        for row in read_tsv(name):
            for s in [row["canonical"]] + [a for a in row["aliases"].split("|") if a]:
                variants, contracted = title_forms(s)
                for v in variants:
                    g.add(v, Entry("organization", row["canonical"], "org"))
                for c in contracted:
                    g.contracted.setdefault(straight_apostrophes(c), Entry("organization", row["canonical"], "contracted"))
    g.agencies = frozenset(row["canonical"] for row in read_tsv("news_agencies.tsv"))
    g.titles = sorted({straight_apostrophes(t) for t in read_list("titles.txt")}, key=len, reverse=True)
    g.calendar = frozenset(fold(x) for x in read_list("calendar_names.txt"))
    g.not_actors = {fold(x) for x in read_list("not_actors.txt")} | g.calendar
    g.languages = frozenset(read_list("languages.txt"))
    g.regex = re.compile(r"(?<!\w)" + word_trie(g.entries) + r"(?![\w])")
    dem = sorted(g.demonyms, key=len, reverse=True)
    g.demonym_regex = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(d) for d in dem) + r")(?![\w-])",
                                 re.IGNORECASE)
    return g


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    return {row["kind"]: sorted(row["words"].split("|"), key=len, reverse=True)
            for row in read_tsv("lexicon.tsv")}


@lru_cache(maxsize=None)
def words_re(kind: str) -> str:
    """The words of `kind` as a trie (word_trie: the matches of their alternation sorted
    longest first, in the same order of trial, and only the branch the text takes is tried)."""
    return "(?:" + word_trie(lexicon()[kind]) + ")"


@lru_cache(maxsize=1)
def organization_heads() -> frozenset[str]:
    """Every word of data/lexicon.tsv that opens an organization's name, folded."""
    kinds = ("org_head", "org_head_entity", "org_name_head", "state_institution", "government_body")
    return frozenset(fold(w.split()[0]) for k in kinds for w in lexicon()[k])
