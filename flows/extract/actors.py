"""Actor mentions: persons, organizations and countries named in a French article.

Sources of mentions, in order of precedence:
1. a gazetteer (data/*.tsv): countries, their capitals and demonyms, variants and blocs,
   well-known international organizations and seats of government;
2. rule-built government bodies ("ministère sud-coréen de la Défense", "marine russe");
3. spaCy NER (PER, ORG, and LOC/MISC headed by an organization word), repaired and filtered.
Persons are then resolved within the article: "Poutine" and "M. Poutine" take the fullest
form used ("Vladimir Poutine"). Capitals and demonyms are aliases of their country.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .records import ActorMention, Sentence

DATA = Path(__file__).parent / "data"
APOS = "'’"
HONORIFICS = re.compile(r"^(?:MM?\.|Mmes?\.?|Mlle\.?|Dr\.?|Me\.?|Pr\.?)\s+")
NAME_PARTICLES = {"de", "du", "des", "van", "von", "der", "den", "bin", "ben", "al", "el", "da",
                  "di", "dos", "la", "le", "y", "ibn", "abu"}
NOT_NAMES = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
             "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre", "dieu", "etat", "état", "états"}


# --------------------------------------------------------------------------- names

def normalize_actor_name(s: str) -> str:
    """Canonical spelling of a name: NFC, straight apostrophes, single spaces, no wrapping
    punctuation, no leading French article. Never raises; idempotent."""
    if not isinstance(s, str):
        try:
            s = str(s)
        except Exception:
            return ""
    s = unicodedata.normalize("NFC", s)
    s = s.replace("’", "'").replace("\u00a0", " ")
    for _ in range(4):
        before = s
        s = re.sub(r"\s+", " ", s).strip(" \t\n\r.,;:«»\"()[]{}")
        s = re.sub(r"^(?:(?:les|la|le)\s+|l'\s*)(?=\w)", "", s, flags=re.IGNORECASE)
        s = unicodedata.normalize("NFC", s)
        if s == before:
            break
    return s


def fold(s: str) -> str:
    """Lower-case, accent-free comparison key."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'").lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def strip_initial_accent(s: str) -> str:
    """'États-Unis' -> 'Etats-Unis': French press often drops accents on capitals."""
    if s and unicodedata.normalize("NFKD", s[0])[0] != s[0]:
        return unicodedata.normalize("NFKD", s[0])[0] + s[1:]
    return s


def plural(word: str) -> str:
    return word if word.endswith(("s", "x", "z")) else word + "s"


# --------------------------------------------------------------------------- gazetteer

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
    regex: re.Pattern | None = None
    demonym_regex: re.Pattern | None = None

    def add(self, surface: str, entry: Entry, accentless: bool = True) -> None:
        surface = surface.replace("’", "'")
        for s in {surface, strip_initial_accent(surface) if accentless else surface}:
            self.entries.setdefault(s, entry)


def demonym_forms(spec: str) -> list[str]:
    forms = []
    for pair in filter(None, spec.split("|")):
        masc, _, fem = pair.partition(":")
        fem = fem or masc
        forms += [masc, fem, plural(masc), plural(fem)]
    return list(dict.fromkeys(forms))


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
    for row in read_tsv("organizations.tsv"):
        canonical = row["canonical"]
        g.org_country[canonical] = row["country"] or None
        for s in [canonical] + [a for a in row["aliases"].split("|") if a]:
            g.add(s, Entry("organization", canonical, "org"))
    g.titles = sorted({t.replace("’", "'") for t in read_list("titles.txt")}, key=len, reverse=True)
    g.not_actors = {fold(x) for x in read_list("not_actors.txt")}
    alts = sorted(g.entries, key=len, reverse=True)
    g.regex = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")
    dem = sorted(g.demonyms, key=len, reverse=True)
    g.demonym_regex = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(d) for d in dem) + r")(?![\w-])",
                                 re.IGNORECASE)
    return g


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    return {row["kind"]: sorted(row["words"].split("|"), key=len, reverse=True)
            for row in read_tsv("lexicon.tsv")}


def words_re(kind: str) -> str:
    return "(?:" + "|".join(re.escape(w) for w in lexicon()[kind]) + ")"


# English country names that are also common first names or US states.
ENGLISH_AMBIGUOUS = {"Chad", "Jordan", "Georgia", "Israel", "Guinea", "Niger", "Jersey", "Cuba",
                     "Mali", "Oman", "Iran", "Iraq", "Peru", "Togo", "Benin", "Gabon", "Canada",
                     "Japan", "China", "India", "Italy", "Malta", "Nauru", "Samoa", "Tonga",
                     "Kenya", "Sudan", "Yemen", "Qatar", "Haiti", "Chile", "Nepal", "Laos"}


# --------------------------------------------------------------------------- pipeline

def configure_pipeline(nlp) -> None:
    """Load the gazetteer once (it is matched on the text, not through the NER)."""
    gazetteer()


# --------------------------------------------------------------------------- extraction

@dataclass
class Cand:
    start: int
    end: int
    kind: str                  # person / organization / country
    key: str                   # country code, org canonical, or person surface
    source: str                # 'gaz', 'rule', 'ner'
    form: str = ""
    code: str | None = None
    role: str | None = None


def sentence_of(sentences: list[Sentence], pos: int) -> int:
    for s in sentences:
        if s.start <= pos < s.end:
            return s.index
    return sentences[-1].index if sentences else 0


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Photo credits, copyright lines, and lines that are not prose (tags, codes)."""
    spans = []
    for m in re.finditer(r"[©](?:[^\n]*)|(?:Photo|Crédit|Credit)s?\s*:[^\n]*", text):
        spans.append((m.start(), m.end()))
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (" " not in stripped or len(stripped) < 4):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def preceding_word(text: str, pos: int) -> str:
    m = re.search(r"(\w+['’]?)\s*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([\w'’-]+)", text[pos:pos + 40])
    return m.group(1) if m else ""


def gazetteer_cands(text: str, g: Gazetteer) -> list[Cand]:
    out = []
    for m in g.regex.finditer(text.replace("’", "'")):
        entry = g.entries[m.group(0)]
        out.append(Cand(m.start(), m.end(), entry.kind, entry.key, "gaz", entry.form,
                        entry.key if entry.kind == "country" else g.org_country.get(entry.key)))
    return out


def keep_country_cand(c: Cand, text: str, ner_spans: dict) -> bool:
    """Capitals standing only for a place ("à Vienne"), places named after events ("sommet de
    Singapour"), demonyms describing a place or an institution ("la capitale autrichienne",
    "l'institut suédois") and words inside longer names are dropped."""
    before = text[max(0, c.start - 40):c.start].replace("’", "'")
    if c.form == "demonym":
        if re.search(rf"(?<!\w){words_re('place_noun')}\s+(?:[a-zéèê-]+\s+)?$", before, re.IGNORECASE):
            return False
        if re.search(rf"(?<!\w)(?:{words_re('org_head')}|{words_re('org_descriptor')})\s+$", before):
            return False
    elif re.search(rf"(?<!\w){words_re('event_noun')}\s+(?:[a-zéèê-]+\s+)?(?:de|d')\s*$", before):
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
        if label in ("ORG", "MISC", "PER") and s <= c.start and c.end <= e and (s, e) != (c.start, c.end):
            if label == "PER" or c.form in ("capital", "name", "variant"):
                return False
    return True


REGION_AFTER = re.compile(r" (?:latine|centrale|orientale|occidentale|septentrionale|méridionale"
                          r"|du (?:Nord|Sud)|de l['’](?:Est|Ouest))(?![\w-])")
CODE_LIKE = re.compile(r"_|[a-z]\.[A-Za-z]|[a-z][A-Z][a-z]+[A-Z]|[{}<>=/\\|@#]")


def looks_like_code(surface: str) -> bool:
    """Identifiers from page scripts ("USER_IDENT", "Polaris.reactCountUrl") are not names."""
    return bool(CODE_LIKE.search(surface))


def extract_actors(doc, sentences: list[Sentence]) -> list[ActorMention]:
    text = doc.text
    g = gazetteer()
    furniture = furniture_spans(text)
    ner_spans = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    cands = [c for c in gazetteer_cands(text, g) if c.kind != "country" or keep_country_cand(c, text, ner_spans)]
    cands += rule_org_cands(text, g)
    cands += named_org_cands(text, g)
    cands += headed_org_cands(doc, g)
    cands += titled_person_cands(text, g)
    cands += ner_cands(doc, g)
    cands = [c for c in cands if not overlaps((c.start, c.end), furniture)
             and not looks_like_code(text[c.start:c.end])
             and not sentence_initial_noun(doc, c)]
    cands = resolve_overlaps(cands, text)
    cands = north_south_aliases(text, cands, g)
    persons_resolve(cands, text)
    orgs_resolve(cands, text, g)
    return to_mentions(cands, text, sentences, g)


# --------------------------------------------------------------------------- organizations

ORG_HEADS = ("Institut", "Université", "Centre", "Center", "Institute", "University", "Fondation",
             "Foundation", "Association", "Agence", "Organisation", "Conseil", "Commission",
             "Service", "Bureau", "Campagne", "Comité", "Cour", "Tribunal", "Banque", "Fonds",
             "Parlement", "Assemblée", "Ministère", "Département", "Office", "Autorité", "Haut",
             "Hôpital", "Académie", "Forum", "Fédération", "Ligue", "Union", "Parti", "Front",
             "Mouvement", "Groupe", "Endowment", "Council", "Agency", "Department", "Ministry")
GOV_HEADS = r"(?:[Mm]inistère|[EÉée]tat-major(?: interarmées)?|[Aa]rmée(?: de l['’]air| de terre)?|[Mm]arine|[Gg]arde côtière|[Gg]arde nationale)"
GOV_COMPLEMENT = r"(?: (?:de la |de l['’] ?|des |du |de )(?:[A-ZÉÈ][\w-]*)(?:(?: et| de la| de l['’]| des| du| de)? ?(?:[A-ZÉÈ][\w-]*|étrangères|intérieures))*)"


@lru_cache(maxsize=1)
def gov_regex() -> re.Pattern:
    g = gazetteer()
    dem = "|".join(re.escape(d) for d in sorted(g.demonyms, key=len, reverse=True))
    caps = "|".join(re.escape(k) for k, v in sorted(g.entries.items(), key=lambda kv: -len(kv[0]))
                    if v.kind == "country" and v.form in ("capital", "name", "variant"))
    return re.compile(
        rf"(?<!\w){GOV_HEADS}(?: (?P<dem1>{dem}))?(?P<comp>{GOV_COMPLEMENT})?"
        rf"(?:(?: (?P<dem2>{dem}))|(?: (?:de|d['’]) ?(?P<place>{caps})))?(?![\w-])")


def rule_org_cands(text: str, g: Gazetteer) -> list[Cand]:
    out = []
    for m in gov_regex().finditer(text):
        dem = m.group("dem1") or m.group("dem2")
        has_qualifier = dem or m.group("comp") or m.group("place")
        if not has_qualifier:
            continue
        head = m.group(0).split()[0].lower()
        if head.startswith("ministère") and not m.group("comp"):
            continue
        code = g.demonyms.get(dem.lower()) if dem else None
        if m.group("place"):
            code = g.entries[m.group("place").replace("’", "'")].key
        out.append(Cand(m.start(), m.end(), "organization", m.group(0), "rule", "gov", code))
    return out


NAME_RUN = r"[A-ZÉÈ][\w&-]*(?:(?:\s+(?:for|of|and|on|the|de la|de l'|des|du|de))?\s+[A-ZÉÈ][\w&-]*)*"


def named_org_cands(text: str, g: Gazetteer) -> list[Cand]:
    """Organizations recognised by their shape:
    "centre Carnegie" / "hôpital berlinois de la Charité" (head word is part of the name),
    "groupe de réflexion Stimson Center" (descriptor, the name follows),
    "Arms Control Association" (English head word closes the name)."""
    t = text.replace("’", "'")
    out = []
    for m in re.finditer(rf"(?<!\w)({words_re('org_head')})(?: [a-zéèê]+)?(?: (?:de la|de l'|du|des|de))? ?({NAME_RUN})", t):
        if m.group(2).split()[0] in g.entries:
            continue
        out.append(Cand(m.start(), m.end(), "organization", text[m.start():m.end()], "rule", "head"))
    for m in re.finditer(rf"(?<!\w){words_re('org_descriptor')}(?: [a-zéèê]+)? ({NAME_RUN})", t):
        name = m.group(1)
        if name in g.entries or name.split()[0] in g.entries:
            continue
        out.append(Cand(m.start(1), m.end(1), "organization", name, "rule", "descr"))
    for m in re.finditer(rf"(?<![\w-])(?:[A-Z][\w&-]*\s+){{1,4}}{words_re('org_head_en')}(?:\s+(?:for|of|on)(?:\s+(?:the\s+)?[A-Z][\w-]*)+)?(?![\w-])", t):
        if m.group(0).split()[0] in ("Le", "La", "Les", "L", "Un", "Une"):
            continue
        out.append(Cand(m.start(), m.end(), "organization", text[m.start():m.end()], "rule", "en"))
    return out


# Institutional head words that, capitalised inside a sentence, open a French organization name
# whose complement is lower case: "l'Association de fiscalité internationale", "la Cour de
# l'impôt", "le Conseil des ministres", "l'Hôpital universitaire d'Ostrava".
NAME_HEADS = {"Association", "Agence", "Autorité", "Conseil", "Commission", "Cour", "Comité",
              "Office", "Fédération", "Confédération", "Ligue", "Union", "Fondation", "Institut",
              "Université", "Académie", "Assemblée", "Tribunal", "Banque", "Caisse", "Chambre",
              "Direction", "Observatoire", "Syndicat", "Parti", "Mouvement", "Hôpital", "Haut-Commissariat",
              "Organisation", "Agency", "Société", "Compagnie", "Régie", "Inspection", "Secrétariat"}
LINKS = ("de la ", "de l'", "de l’", "des ", "du ", "de ", "d'", "d’")


def _link_at(text: str, pos: int) -> int:
    for link in LINKS:
        if text.startswith(link, pos):
            return pos + len(link)
    return -1


def headed_org_cands(doc, g: Gazetteer) -> list[Cand]:
    """A capitalised head word inside a sentence, its adjectives, then up to two "de"
    complements of nouns, adjectives and names, stopping at a verb or any other word."""
    text = doc.text
    by_start = {t.idx: t for t in doc}
    in_person = {i for e in doc.ents if e.label_ == "PER" for i in range(e.start, e.end)}
    out = []
    for t in doc:
        if t.text not in NAME_HEADS or _opens_sentence(doc, t) or doc[t.i - 1].text in (":", "«", '"', "-"):
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
            if pos < 0 or pos not in by_start:
                break
            j, words_end = by_start[pos].i, None
            while j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[j].is_punct \
                    and doc[j].text[:1].isalpha() and j not in in_person:
                words_end, j = doc[j].idx + len(doc[j].text), j + 1
                if not doc[j - 1].whitespace_:
                    break
            if words_end is None:
                break
            end = words_end
        if end - t.idx > len(t.text) + 3 and " " in text[t.idx:end]:
            surface = text[t.idx:end]
            if fold(surface) not in g.not_actors:
                out.append(Cand(t.idx, end, "organization", surface, "rule", "headed"))
    return out


def sentence_initial_noun(doc, c: Cand) -> bool:
    """"Photos à l'appui, ...", "Membre de la coalition, ...": a common noun capitalised only
    because it opens the sentence, and never written with a capital elsewhere."""
    if c.source != "ner" or " " in c.key:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
        return False
    tok = span[0]
    if not _opens_sentence(doc, tok):
        return False
    return not any(o.text == tok.text and not _opens_sentence(doc, o) for o in doc if o.i != tok.i)


def _opens_sentence(doc, tok) -> bool:
    return tok.is_sent_start or tok.i == 0 or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_ \
        or doc[tok.i - 1].text in (".", "!", "?")


def titled_person_cands(text: str, g: Gazetteer) -> list[Cand]:
    """"le ministre japonais des Affaires étrangères Kamikawa": a title, then a capitalised
    name the NER missed."""
    t = text.replace("’", "'")
    titles = "|".join(re.escape(x) for x in g.titles)
    dem = "|".join(re.escape(d) for d in sorted(g.demonyms, key=len, reverse=True))
    out = []
    pat = (rf"(?<![\w-])(?:le|la|l') ?(?:{titles})(?: (?:{dem}))?"
           rf"(?: (?:de la|de l'|des|du|de) ?[A-ZÉ][\w-]*(?: étrangères)?)? "
           rf"([A-ZÉ][\w-]+(?: [A-ZÉ][\w-]+){{0,2}})(?![\w-])")
    for m in re.finditer(pat, t):
        name = m.group(1)
        if any(w in g.entries or fold(w) in NOT_NAMES for w in name.split()):
            continue
        out.append(Cand(m.start(1), m.end(1), "person", name, "rule", "titled"))
    return out


def ner_cands(doc, g: Gazetteer) -> list[Cand]:
    out = []
    ents = merge_split_orgs(doc)
    for start, end, label in ents:
        if label == "PER":
            c = person_cand(doc, start, end, g)
            if c:
                out.append(c)
        elif label in ("ORG", "LOC", "MISC"):
            c = org_cand(doc.text, start, end, label, g)
            if c:
                out.append(c)
    return out


def merge_split_orgs(doc) -> list[tuple[int, int, str]]:
    """Join names the NER split: "Royal United" + "Services Institute", "X for Y", "X de <Ville>"."""
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    text = doc.text
    merged: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        if merged:
            ps, pe, pl = merged[-1]
            gap = text[pe:s]
            if pl == "ORG" and gap == "" and text[ps:pe].endswith(("d'", "d’")) and "\n" not in text[ps:e]:
                merged[-1] = (ps, e, "ORG")  # "Hôpital universitaire d'" + "Ostrava"
                continue
            if pl == "ORG" and label in ("ORG", "LOC") and re.fullmatch(r" | (?:for|of|and|on|de|d['’]|du) ?", gap) \
                    and "\n" not in text[ps:e] and not (label == "LOC" and gap == " "):
                if label == "LOC" and text[s:e].replace("’", "'") in gazetteer().entries:
                    merged.append((s, e, label))
                    continue
                merged[-1] = (ps, e, "ORG")
                continue
        merged.append((s, e, label))
    return merged


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading articles and trailing punctuation/newlines from an entity span."""
    span = text[start:end]
    m = re.match(r"^(?:[Ll]es |[Ll]a |[Ll]e |[Ll]['’]|[Dd]u |[Dd]es |[Dd]e la |[Dd]['’])", span)
    if m:
        start += m.end()
    span = text[start:end]
    cut = span.find("\n")
    if cut >= 0:
        end = start + cut
    glued = re.match(r"^[A-ZÉ]\w*[a-zé](?=(?:L['’]|La |Le |Les )?[A-ZÉ])", text[start:end])
    if glued:  # "AgricultureL'Office ...": a section label stuck to the text
        start, end = clean_span(text, start + glued.end(), end)
    trailing = re.search(r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
                         r"|aujourd'hui|aujourd’hui))+$", text[start:end])
    if trailing:  # "l'OFAG jeudi": the NER took the day in
        end = start + trailing.start()
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ")":
        end -= 1
    return start, end


def org_cand(text: str, start: int, end: int, label: str, g: Gazetteer) -> Cand | None:
    start, end = clean_span(text, start, end)
    surface = text[start:end]
    if not surface or fold(surface) in g.not_actors or not surface[:1].isupper() and not surface[:1].isdigit():
        if not re.match(r"^(?:université|institut|centre|agence|hôpital)\b", surface):
            return None
    first = surface.split()[0] if surface.split() else ""
    if re.search(rf"(?<!\w){words_re('index_noun')}\s+$", text[max(0, start - 20):start]):
        return None
    if len(surface.split()) > 1 and first.lower() in lexicon()["not_actor_head"]:
        return None  # "Pacte de stabilité", "Traité de Lisbonne", "Plan Marshall"
    if label != "ORG" and re.match(rf",\s*(?:le |la |l'|un |une )?{words_re('org_descriptor')}\b",
                                   text[end:end + 60].replace("’", "'")):
        return Cand(start, end, "organization", surface, "ner", "appos")
    if label != "ORG":
        # LOC / MISC only count when headed by an organization word ("Institut Sejong")
        if first.capitalize() not in ORG_HEADS or len(surface.split()) < 2:
            return None
    if any(surface.lower().startswith(t + " ") or surface.lower() == t for t in gazetteer().titles):
        return None  # "ministre russe des Affaires étrangères" is a role, not a body
    return Cand(start, end, "organization", surface, "ner", "ner")


# --------------------------------------------------------------------------- persons

def person_cand(doc, start: int, end: int, g: Gazetteer) -> Cand | None:
    text = doc.text
    start, end = clean_span(text, start, end)
    surface = text[start:end]
    m = HONORIFICS.match(surface)
    if m:
        start += m.end()
        surface = text[start:end]
    words = surface.split()
    if not words or surface.replace("’", "'") in g.entries:
        return None
    if fold(surface) in g.not_actors or fold(words[0]) in NOT_NAMES:
        return None
    if any(not w[:1].isupper() and w.lower() not in NAME_PARTICLES for w in words):
        return None
    if not words[0][:1].isupper():
        return None
    if len(words) == 1:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and all(t.pos_ not in ("PROPN", "NOUN") for t in span):
            return None
    return Cand(start, end, "person", surface, "ner", "per")


# --------------------------------------------------------------------------- resolution

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
                if c.start < o.start or re.match(r"\s+[a-zéèêà]", rest) and not re.match(r"\s+(?:des|du|de|d['’])\b", rest):
                    dropped.add(id(o))
                else:
                    dropped.add(id(c))
    chosen: list[Cand] = []
    for c in sorted((c for c in cands if id(c) not in dropped),
                    key=lambda c: (-(c.end - c.start), -PRIORITY[c.source])):
        if not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


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


def name_tokens(s: str) -> list[str]:
    return [fold(w) for w in re.split(r"[\s]+", s) if w]


def persons_resolve(cands: list[Cand], text: str) -> None:
    """Give every person mention the fullest form used for it in the article."""
    persons = [c for c in cands if c.kind == "person"]
    full = [c for c in persons if len(c.key.split()) >= 2]
    counts: dict[frozenset, int] = {}
    canon: dict[frozenset, str] = {}
    for c in full:
        k = frozenset(name_tokens(c.key))
        counts[k] = counts.get(k, 0) + 1
        if len(c.key) > len(canon.get(k, "")):
            canon[k] = c.key
    for c in persons:
        toks = name_tokens(c.key)
        k = frozenset(toks)
        if k in canon:
            c.key = canon[k]
            continue
        options = [fk for fk in canon if k <= fk]
        if options:
            def score(fk):
                before = [o.start for o in full if frozenset(name_tokens(o.key)) == fk and o.start < c.start]
                return (counts[fk], max(before) if before else -1)
            c.key = canon[max(options, key=score)]
    # single-word entities of other labels that are a known person's name ("Yoshioka/LOC")
    surnames = {}
    for fk, name in canon.items():
        for t in fk:
            surnames.setdefault(t, set()).add(name)
    full_names = {fold(name): name for name in canon.values()}
    for c in cands:
        if c.kind == "organization" and c.source != "gaz" and fold(c.key) in full_names:
            c.kind, c.key, c.code = "person", full_names[fold(c.key)], None
            continue
        if c.kind == "organization" and c.source == "ner" and len(c.key.split()) == 1:
            names = surnames.get(fold(c.key))
            if names and len(names) == 1:
                c.kind, c.key, c.code = "person", next(iter(names)), None


def orgs_resolve(cands: list[Cand], text: str, g: Gazetteer) -> None:
    """Acronyms in parentheses and their later uses join the named organization;
    a bare head ("le ministère") joins the last organization with that head."""
    orgs = [c for c in cands if c.kind == "organization"]
    acronyms: dict[str, str] = {}
    for c in orgs:
        m = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", text[c.end:c.end + 14])
        if m:
            acronyms[fold(m.group(1))] = c.key
    for c in orgs:
        if fold(c.key) in acronyms and acronyms[fold(c.key)] != c.key:
            c.key = acronyms[fold(c.key)]
    # variants differing only by case/accents share one canonical (the first seen)
    seen: dict[str, str] = {}
    for c in orgs:
        c.key = seen.setdefault(fold(c.key), c.key)
    merge_partial_orgs(orgs)
    head_aliases(cands, g)


def merge_partial_orgs(orgs: list[Cand]) -> None:
    """"état-major sud-coréen" and "ministère des Affaires étrangères" are the fuller
    "état-major interarmées sud-coréen" / "ministère chinois des Affaires étrangères"."""
    keys = {c.key for c in orgs if c.source != "gaz"}
    for c in orgs:
        if c.source == "gaz":
            continue
        toks = set(name_tokens(c.key))
        fuller = [k for k in keys if k != c.key and len(k) > len(c.key)
                  and name_tokens(k)[0] == name_tokens(c.key)[0] and toks < set(name_tokens(k))]
        if len({fold(k) for k in fuller}) == 1:
            c.key = fuller[0]


def head_aliases(cands: list[Cand], g: Gazetteer) -> None:
    """A lone first word ("l'Union") stands for the actor of the article named with it
    ("Union européenne")."""
    names: dict[str, dict[tuple[str, str], int]] = {}
    for c in cands:
        name = g.country_names.get(c.key, c.key) if c.kind == "country" else c.key
        if len(name.split()) > 1:
            counts = names.setdefault(fold(name.split()[0]), {})
            counts[(c.kind, c.key)] = counts.get((c.kind, c.key), 0) + 1
    for c in cands:
        if c.kind == "organization" and c.source == "ner" and len(c.key.split()) == 1:
            ranked = sorted(names.get(fold(c.key), {}).items(), key=lambda kv: -kv[1])
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                c.kind, c.key = ranked[0][0]
                c.code = c.key if c.kind == "country" else c.code


def to_mentions(cands: list[Cand], text: str, sentences: list[Sentence], g: Gazetteer) -> list[ActorMention]:
    out = []
    for c in cands:
        if c.kind == "country":
            name, code = g.country_names.get(c.key, c.key), c.key
        elif c.kind == "organization":
            name, code = normalize_actor_name(c.key), c.code or org_code(c, text, g)
        else:
            name, code = normalize_actor_name(c.key), None
        role = None
        if c.kind == "person":
            role = person_role(text, c, sentences, g)
            code = role_country(role, g) if role else None
        if not name:
            continue
        out.append(ActorMention(text[c.start:c.end], name, c.kind, code,
                                sentence_of(sentences, c.start), c.start, c.end, role))
    share_person_attributes(out)
    return out


def share_person_attributes(mentions: list[ActorMention]) -> None:
    """Every mention of a person carries the role and country first given for it."""
    first: dict[str, tuple[str | None, str | None]] = {}
    for m in mentions:
        if m.actor_type == "person":
            role, code = first.get(m.canonical_name, (None, None))
            first[m.canonical_name] = (role or m.role, code or m.country_code)
    for m in mentions:
        if m.actor_type == "person":
            m.role, m.country_code = first[m.canonical_name]


def org_code(c: Cand, text: str, g: Gazetteer) -> str | None:
    surface = text[c.start:c.end]
    m = g.demonym_regex.search(surface)
    if m:
        return g.demonyms.get(m.group(0).lower())
    after = re.match(r"\s+([\w-]+)", text[c.end:c.end + 30])
    if after and after.group(1).lower() in g.demonyms:
        return g.demonyms[after.group(1).lower()]
    for m in g.regex.finditer(surface.replace("’", "'")):
        e = g.entries[m.group(0)]
        if e.kind == "country":
            return e.key
    return None


def person_role(text: str, c: Cand, sentences: list[Sentence], g: Gazetteer) -> str | None:
    idx = sentence_of(sentences, c.start)
    sent = next((s for s in sentences if s.index == idx), None)
    lo = sent.start if sent else max(0, c.start - 150)
    hi = sent.end if sent else min(len(text), c.end + 150)
    before = text[lo:c.start].replace("’", "'")
    titles = "|".join(re.escape(t) for t in g.titles)
    # "le ministre russe des Affaires étrangères(,) Sergueï Lavrov"
    m = re.search(rf"(?<!\w)((?:ex-|ancien |ancienne |nouveau |nouvelle )?(?:{titles})(?![\w-])[^.;:!?\"«»()]{{0,110}}?)[, ]*$",
                  before, re.IGNORECASE)
    if m and not re.search(r"\b(?:a|ont|est|sont|avait|selon|et)\b", m.group(1).split(",")[0][len(m.group(1).split()[0]):]):
        role = m.group(1).strip(" ,")
        if role.count(",") <= 1:
            return role.split(",")[0].strip() or None
    # "Kim Gunn, l'envoyé sud-coréen,"
    after = text[c.end:hi].replace("’", "'")
    m = re.match(rf",\s*(?:l'|le |la |un |une |son |sa )?((?:ex-|ancien |ancienne )?(?:{titles})(?![\w-])[^,.;:!?\"«»()]*)",
                 after, re.IGNORECASE)
    if m:
        return m.group(1).strip() or None
    return None


def role_country(role: str, g: Gazetteer) -> str | None:
    """The state a title names: "ministre russe ...", "vice-ministre russe", "président des
    Etats-Unis"; not a place further in the role ("chercheur à l'université X de Séoul")."""
    words = role.replace("’", "'").split()
    for w in words[:3]:
        if w.lower().strip(",") in g.demonyms:
            return g.demonyms[w.lower().strip(",")]
    m = re.match(r"\S+(?: \S+)? (?:de la |de l'|des |du |de )(.+)", role.replace("’", "'"))
    if m:
        head = g.regex.match(m.group(1))
        if head and g.entries[head.group(0)].kind == "country":
            return g.entries[head.group(0)].key
    return None
