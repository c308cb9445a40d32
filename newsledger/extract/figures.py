"""Figures: a small French quantity grammar.

A figure is a quantity written with digits or number words that counts or measures something
(see ../shared/eval/GUIDELINES.md, "Figures"). The grammar, in the order it is applied:

    [qualifier] [symbol] quantity [scale] [de] (currency | % | unit abbreviation | counted noun)

    quantity := number | "entre" number "et" number | number ("à"|"ou") number
    number   := digits (thousands: space, U+00A0, U+202F or "."; decimals: ",") | number words

plus the vague collectives ("une vingtaine de", "des dizaines de milliers de", and "une
dizaine" alone, which counts what its sentence named) and fractions ("la moitié de"). A counted
noun may follow a partitive ("cinq de ses camarades", "quatre des neuf membres"); "N fois"
counts repetitions unless it multiplies ("deux fois plus"); "un", "une" count only as a toll
("un mort"), a measure ("d'un mètre") or after "au moins", "plus de", "moins de". Dates, years, clock times, durations, ordinals, ages, numbers inside names
and reference numbers ("article 5") are rejected. The word lists live in data/figure_*, but
for the month and weekday names, shared with the other rules (data/french_words.json, words.py).
`parse_quantity` is the pure number part, for tests.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.attrs import IDX
from text_to_num import text2num

from newsledger.records import Figure, Sentence
from newsledger.extract.tries import word_trie
from newsledger.extract.words import (APOSTROPHE, APOSTROPHES, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS,
                                      straight_apostrophes)
from newsledger.resources import data_dir

DATA = data_dir("newsledger.extract")
SEPARATORS = " \u00a0\u202f"
_BAD_NOUN_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "PUNCT",
                 "NUM", "SYM", "PART", "INTJ"}

_DIGITS = re.compile(
    r"(?<![\w\-/.,\u2010\u2011])"
    r"(?:(?P<grouped>\d{1,3}(?:(?:[ \u00a0\u202f]\d{3})+|(?:\.\d{3})+)(?:,\d+)?)"
    r"|(?P<plain>\d+(?:[.,]\d+)?))(?!\d|[.,]\d)")
_WORD = re.compile(rf"(?:[dlnsjmtc]|qu|jusqu|lorsqu|puisqu){APOSTROPHES}|[^\W\d_]+(?:[-'’][^\W\d_]+)*"
                   r"|\d+|[^\w\s]", re.I)
_DE = rf"d(?:e\s+|{APOSTROPHES}\s*)"


# ---------------------------------------------------------------- data

def _read_json(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _alternation(words, plural: bool = False) -> str:
    """Regex alternation of phrases, longest first; words may take a plural s/x when asked."""
    def phrase(p):
        parts = [re.escape(w) + ("(?:s|x)?" if plural else "") for w in p.split()]
        return r"\s+".join(parts)
    return "|".join(phrase(p) for p in sorted(set(words), key=len, reverse=True))


def _qualifier_regex(phrase: str) -> str:
    """Regex of a qualifier phrase; a final "de" also matches the elided "d'" ("près d'un")."""
    words = straight_apostrophes(phrase).split()
    parts = [re.escape(w).replace(APOSTROPHE, APOSTROPHES + r"\s*") for w in words]
    if words[-1] == "de":
        return r"\s+".join(parts[:-1] + [_DE])
    return r"\s+".join(parts) + r"\s+"


@dataclass
class _Lexicon:
    numbers: dict
    context: dict
    cardinal_re: re.Pattern
    scale_re: re.Pattern
    abbrev_re: re.Pattern
    collective_re: re.Pattern
    fraction_re: re.Pattern
    currency_re: re.Pattern
    currency_codes: dict
    symbol_codes: dict
    symbol_after_re: re.Pattern
    symbol_before_re: re.Pattern
    percent_re: re.Pattern
    unit_abbrev_re: re.Pattern
    qualifiers: list
    month_after_re: re.Pattern
    reference_before_re: re.Pattern
    count_intro_re: re.Pattern
    partitive_re: re.Pattern    # "de ses", "des" between a count and its noun ("cinq de ses amis")
    ratio_before_re: re.Pattern  # "multiplié par", "à" before "N fois": a multiplier, an idiom
    bare_collective_re: re.Pattern  # "une dizaine" with no "de" after: counts what was named before
    bound_before_re: re.Pattern  # the at_least and at_most qualifiers, in one pattern
    all_before_re: re.Pattern
    elliptical_duration_re: re.Pattern  # a duration or a decade, then "contre", "dont", "et"...
    duration_after_re: re.Pattern       # "et", "à"... then a duration: "29 [et 53 ans]"
    sets: dict
    dollar_country_words: dict  # currency code -> [(word, _standalone_word_re(word))]
    next_start_re: re.Pattern   # skips to the next word where a finder may fire (see below)


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    num, ctx = _read_json("figure_numbers.json"), _read_json("figure_context.json")
    ctx.update(months=[*MONTHS, *MONTH_ABBREVIATIONS], weekdays=list(WEEKDAYS))
    card = _alternation(num["cardinals"])
    cardinal_re = re.compile(rf"(?<![\w-])(?:{card})(?:(?:-et-|\s+et\s+|-|\s+)(?:{card}))*(?![\w-])",
                             re.I)
    scale_re = re.compile(rf"\s+({_alternation(num['scales'], plural=True)})(?![\w-])", re.I)
    symbols = _read_tsv("figure_currency_symbols.tsv")
    sym = _alternation([s for s, _ in symbols])
    abbrev_re = re.compile(rf"\s?(?:({_alternation(num['scale_abbreviations'])})(?![\w])"
                           rf"|({_alternation(num['scale_symbol_prefixes'])})(?=\s?(?:{sym})))")
    coll = _alternation(num["collectives"])
    dets = _alternation(num["vague_determiners"] + num["article_words"])
    collective_re = re.compile(
        rf"(?<![\w-])({dets})\s+({coll})(s?)(?:\s+de\s+(milliers|millions|milliards))?(?=\s+d(?:e\s|{APOSTROPHES}))",
        re.I)
    fr_det = _alternation(num["fraction_determiners"])
    fraction_re = re.compile(
        rf"(?<![\w-])({fr_det})\s+({_alternation(num['fractions'])})s?(?=\s+d(?:e|es|u)\b|\s*d{APOSTROPHES})",
        re.I)
    currencies = _read_tsv("figure_currencies.tsv")
    currency_codes = {form.lower(): (code, flag == "1") for form, code, flag in currencies}
    currency_re = re.compile(rf"({_alternation([c[0] for c in currencies], plural=True)})(?![\w-])",
                             re.I)
    percent_re = re.compile(rf"\s?({_alternation(num['percent'])})(?![\w-])", re.I)
    units = _alternation(num["unit_abbreviations"])
    qualifier_rows = sorted(_read_tsv("figure_qualifiers.tsv"), key=lambda r: -len(r[0]))
    qualifiers = [(re.compile(rf"(?<![\w-])(?:{_qualifier_regex(p)})$", re.I), q)
                  for p, q in qualifier_rows]
    bounds = "|".join(_qualifier_regex(p) for p, q in qualifier_rows if q in ("at_least", "at_most"))
    months = _alternation(ctx["months"])
    return _Lexicon(
        numbers=num, context=ctx, cardinal_re=cardinal_re, scale_re=scale_re, abbrev_re=abbrev_re,
        collective_re=collective_re, fraction_re=fraction_re, currency_re=currency_re,
        currency_codes=currency_codes, symbol_codes=dict(symbols),
        symbol_after_re=re.compile(rf"\s?({sym})(?![A-Za-z])"),
        symbol_before_re=re.compile(rf"(?<![A-Za-z])({sym})\s?$"),
        percent_re=percent_re,
        unit_abbrev_re=re.compile(rf"\s?({units})(?![\w])"),
        qualifiers=qualifiers,
        month_after_re=re.compile(
            rf"(?:\s*(?:,|et|au|à|-|–)\s*\d{{1,2}}(?:er)?)*\s+(?:{months})\b\.?", re.I),
        reference_before_re=re.compile(
            rf"(?<![\w-])(?:ex-)?(?:{_alternation(ctx['reference_nouns'])})\s*$", re.I),
        count_intro_re=re.compile(rf"\s+(?:{_alternation(ctx['count_introducers'])})", re.I),
        partitive_re=re.compile(
            rf"\s+(?:de\s+(?:{_alternation(ctx['partitive_determiners'])})|des)\s+(?=[^\W_])", re.I),
        ratio_before_re=re.compile(
            rf"(?<![\w-])(?:{_alternation(ctx['ratio_cues_before'])})\s+$", re.I),
        bound_before_re=re.compile(rf"(?<![\w-])(?:{bounds})$", re.I),
        bare_collective_re=re.compile(
            rf"(?<![\w-])(une?)\s+({coll})(?![\w-])(?!\s+d(?:e\s|{APOSTROPHES}))", re.I),
        all_before_re=re.compile(rf"(?<![\w-])(?:{_alternation(ctx['all_words'])})\s+(?:les\s+)?$",
                                 re.I),
        elliptical_duration_re=re.compile(
            rf"(?:\d\s+(?:{_alternation(ctx['time_nouns'], plural=True)})|\bannées\s+\d{{4}})"
            rf"\s*,?\s+(?:{_alternation(ctx['elliptical_comparison_words'])})\s+$", re.I),
        duration_after_re=re.compile(
            rf"\s*,?\s+(?:{_alternation(ctx['elliptical_comparison_words'])})\s+\d+(?:,\d+)?\s+"
            rf"(?:{_alternation(ctx['time_nouns'], plural=True)})(?![\w-])", re.I),
        sets={k: {w.lower() for w in v} for k, v in ctx.items() if isinstance(v, list)},
        dollar_country_words={code: [(w, _standalone_word_re(w)) for w in words]
                              for code, words in ctx["dollar_countries"].items()},
        next_start_re=_next_start_regex(num),
    )


def _standalone_word_re(word: str) -> re.Pattern:
    r"""`word` not inside a longer word or hyphenated name: (?<![\w-])word(?![\w-]), with the
    lookbehind written after the word so that re looks for the word's letters first instead of
    trying the lookbehind at every character."""
    w = re.escape(word)
    return re.compile(rf"{w}(?<![\w-]{w})(?![\w-])")


def _next_start_regex(num: dict) -> re.Pattern:
    """Matched at a position, it consumes the words and separators up to the next word where a
    finder may fire, in one pass of re instead of a Python step per word.

    That word is what the finders' own regexes need at their start (a necessary condition,
    weaker than they are): digits (_DIGITS), "entre " (_ENTRE), a cardinal word (cardinal_re),
    a determiner before a collective noun (collective_re) or a fraction (fraction_re), never
    preceded by a letter. Such a word always starts right after a separator or digit run."""
    first_letters = "".join(sorted({w[0] for w in num["cardinals"] + num["vague_determiners"]
                                    + num["article_words"] + list(num["fraction_determiners"])}
                                   | {"e"}))
    dets = word_trie(num["vague_determiners"] + num["article_words"])
    start = (rf"(?=[\d{first_letters}])(?:(?<![\w\-/.,\u2010\u2011])\d"
             rf"|(?<![^\W\d_])entre\s"
             rf"|(?<![\w-])(?:{word_trie(num['cardinals'])}(?![^\W\d_])"
             rf"|{dets}\s+{word_trie(num['collectives'])}"
             rf"|{word_trie(num['fraction_determiners'])}\s+{word_trie(num['fractions'])}))")
    return re.compile(rf"[\W_]*+(?:(?!{start})(?:[^\W\d_]+|\d+)[\W_]*+)*+", re.I)


# ---------------------------------------------------------------- numbers (pure)

@dataclass
class _Num:
    value: float
    end: int
    words: bool                # written in words ("trois cents")
    plain: str = ""            # the digits as written ("2019", "1.600"), for the year test
    multiplier: float = 1.0    # scale word applied ("millions")
    glued: bool = False        # letters stuck to the digits and not consumed ("1er", "16h")


@dataclass
class _Quantity:
    start: int
    end: int
    value: float
    value_max: float | None
    words: bool
    scaled: bool
    glued: bool
    year_like: bool
    grouped: bool = False      # digits with a thousands separator ("127.915"): never in a name


_THOUSANDS_SEP = re.compile(r"[ \u00a0\u202f.]")
_WORD_RUN = re.compile(r"[^\s-]+")


def _digits_value(m: re.Match) -> tuple[float, str]:
    """The value and the digits as written: a number with a thousands separator ("1.600",
    "1 350") keeps it, so that it is never taken for a year (years are written "1600")."""
    if m.group("grouped"):
        return float(_THOUSANDS_SEP.sub("", m.group("grouped")).replace(",", ".")), m.group("grouped")
    raw = m.group("plain")
    return float(raw.replace(",", ".")), raw


def _number_at(s: str, pos: int) -> _Num | None:
    m = _DIGITS.match(s, pos)
    if m:
        if pos >= 2 and s[pos - 1] in SEPARATORS and s[pos - 2].isdigit() and len(m.group()) == 3:
            return None   # a thousands group of a number rejected to its left
        value, raw = _digits_value(m)
        return _Num(value, m.end(), False, raw)
    m = _lex().cardinal_re.match(s, pos)
    return _words_number(s, pos, m.end()) if m else None


_UPPER_DIGITS = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?!\d|[.,]\d)")


def _upper_digits_at(s: str, pos: int) -> _Num | None:
    m = _UPPER_DIGITS.match(s, pos)
    return _Num(float(m.group().replace(".", "").replace(",", ".")), m.end(), False, m.group()) if m else None


def _words_number(s: str, start: int, end: int) -> _Num | None:
    """The longest prefix of a run of number words that text2num reads."""
    ends = [start + w.end() for w in _WORD_RUN.finditer(s[start:end])]
    for e in reversed(ends):
        chunk = " ".join(s[start:e].split()).lower()
        if chunk.endswith((" et", "-et")):
            continue
        try:
            return _Num(float(text2num(chunk, "fr")), e, True)
        except Exception:  # text2num raises ValueError (and others) on invalid sequences
            continue
    return None


def _amount_at(s: str, pos: int, after_dash: bool = False) -> _Num | None:
    """A number and its scale word or abbreviation: "1,5 milliard", "trois millions", "2 Mds".
    `after_dash`: the upper bound of "15-44", which _DIGITS alone never reads after a dash."""
    n = _upper_digits_at(s, pos) if after_dash else _number_at(s, pos)
    if n is None:
        return None
    lex = _lex()
    m = lex.scale_re.match(s, n.end)
    if m:
        n.multiplier = lex.numbers["scales"][_singular_scale(m.group(1))]
    elif not n.words and (m := lex.abbrev_re.match(s, n.end)):
        table = lex.numbers["scale_abbreviations" if m.group(1) else "scale_symbol_prefixes"]
        n.multiplier = table[m.group(1) or m.group(2)]
    if m:
        n.value, n.end = n.value * n.multiplier, m.end()
    n.glued = not n.words and n.end < len(s) and s[n.end].isalpha()
    return n


def _singular_scale(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith(("s", "x")) and word[:-1] in _lex().numbers["scales"] else word


_ENTRE = re.compile(r"entre\s+", re.I)
_AND = re.compile(r"\s+et\s+", re.I)
_TO = re.compile(r"\s+(?:à|a|ou)\s+", re.I)
_TIGHT_TO = re.compile(r"[-–](?=\d)")   # "15-44 ans", "10-20 morts"


def _quantity_at(s: str, pos: int) -> _Quantity | None:
    """A number or a range: "200 à 500 millions", "entre 3 et 4", "deux ou trois"."""
    m = _ENTRE.match(s, pos)
    if m:
        a = _amount_at(s, m.end())
        sep = a and _AND.match(s, a.end)
        b = sep and _amount_at(s, sep.end())
        return _range(pos, a, b) if b else None
    a = _amount_at(s, pos)
    if a is None:
        return None
    sep = _TO.match(s, a.end)
    b = sep and _amount_at(s, sep.end())
    if not sep and not a.words and a.multiplier == 1 and (sep := _TIGHT_TO.match(s, a.end)):
        b = _amount_at(s, sep.end(), after_dash=True)
    return (b and _range(pos, a, b)) or _single(pos, a)


def _grouped(n: _Num) -> bool:
    """Written with a thousands separator ("127.915", "1 350"), not a decimal point ("8.1")."""
    return (not n.words and n.multiplier == 1 and n.value >= 1000
            and bool(_THOUSANDS_SEP.search(n.plain)))


def _is_year(n: _Num) -> bool:
    return (not n.words and n.multiplier == 1 and len(n.plain) == 4 and n.plain.isdigit()
            and 1000 <= n.value <= 2100)


def _single(pos: int, a: _Num) -> _Quantity:
    return _Quantity(pos, a.end, a.value, None, a.words, a.multiplier != 1, a.glued, _is_year(a),
                     _grouped(a))


def _range(pos: int, a: _Num, b: _Num) -> _Quantity | None:
    low = a.value * (b.multiplier if a.multiplier == 1 else 1)
    if b.value <= low or a.glued:
        return None
    return _Quantity(pos, b.end, low, b.value, a.words and b.words, b.multiplier != 1, b.glued,
                     _is_year(a) and _is_year(b))


def parse_quantity(s: str) -> tuple[float, float | None] | None:
    """The value (and upper bound of a range) of a French quantity written alone.

    "1,5 milliard" -> (1.5e9, None); "200 à 500 millions" -> (2e8, 5e8); "trois" -> (3.0, None).
    None when the string is not exactly one quantity."""
    s = s.strip()
    q = _quantity_at(s, 0)
    if q is None or q.end != len(s) or q.glued:
        return None
    return q.value, q.value_max


# ---------------------------------------------------------------- context of one article

_WORD_CHAR = re.compile(r"\w")
_AFTER_STOP = re.compile(r"[.!?…:\n][\s«»\"“”'(—–-]*$")


class _Article:
    """The text, its sentences and (optionally) the spaCy tokens, with the lookups rules need."""

    def __init__(self, text: str, sentences: list[Sentence], doc=None):
        self.text = text
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.doc = doc
        self.covered = 0          # end of the last figure found: spans do not overlap, but
        self.resume: int | None = None    # for a count inside the last one (_Tail.resume)

    @cached_property
    def token_starts(self) -> list[int]:
        """The character offset of each token (increasing); read on the first tag lookup only."""
        return self.doc.to_array(IDX).tolist()

    def pos_at(self, start: int) -> str | None:
        """The part-of-speech tag of the token starting at `start`; None if none starts there
        (or without a Doc). A lookup in the token offsets: a few per article, no table built."""
        if self.doc is None:
            return None
        i = bisect.bisect_left(self.token_starts, start)
        if i < len(self.token_starts) and self.token_starts[i] == start:
            return self.doc[i].pos_
        return None

    def sentence_index(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.sentences[max(i, 0)].index if self.sentences else 0

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 else 0

    def left(self, pos: int, width: int = 60) -> str:
        """Text before pos, inside its sentence and after the last figure."""
        return self.text[max(self.sentence_start(pos), self.covered, pos - width):pos]

    def at_sentence_start(self, pos: int) -> bool:
        """Nothing but punctuation before pos in its sentence, or right after a full stop."""
        return (not _WORD_CHAR.search(self.text, self.sentence_start(pos), pos)
                or bool(_AFTER_STOP.search(self.text[max(0, pos - 8):pos]))
                or pos < 8 and not self.text[:pos].strip())


@dataclass
class _Word:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return straight_apostrophes(self.text.lower())


def _words_after(s: str, pos: int, limit: int = 6) -> list[_Word]:
    """The words following pos, up to the first punctuation."""
    words = []
    for m in _WORD.finditer(s, pos):
        if s[pos:m.start()].strip() or not (m.group()[0].isalpha()):
            break
        words.append(_Word(m.group(), m.start(), m.end()))
        pos = m.end()
        if len(words) == limit:
            break
    return words


_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")


def _previous_word(s: str, pos: int) -> _Word | None:
    m = _PREVIOUS_WORD.search(s[max(0, pos - 40):pos])
    if not m:
        return None
    start = pos - len(m.group())
    return _Word(m.group(1), start, start + len(m.group(1)))


def _invariable_endings() -> tuple[str, ...]:
    return tuple(_lex().context["invariable_endings"])


def singular(word: str) -> str:
    """Singular of a French plural noun, rule-based with the exceptions in the data files."""
    sets = _lex().sets
    word = straight_apostrophes(word.lower())
    exceptions = _lex().context["plural_exceptions"]
    if word in exceptions:
        return exceptions[word]
    if "-" in word:
        return "-".join(singular(w) for w in word.split("-"))
    if word in sets["invariable_nouns"] or len(word) <= 2 or word.endswith(_invariable_endings()):
        return word
    if word.endswith("eaux") or word.endswith(("eux", "oux")):
        return word[:-1]
    if word.endswith("aux"):
        return word[:-3] + "al"
    if word.endswith("s"):
        return word[:-1]
    return word


# ---------------------------------------------------------------- what follows a number

@dataclass
class _Tail:
    end: int
    unit: str | None
    currency: str | None = None
    head: str | None = None      # the counted noun alone, for the duration/ratio tests
    resume: int | None = None    # where the search goes on: a count inside the span ("quatre
                                 # des neuf membres": "neuf membres" is a figure too)


_CLOCK_AFTER = re.compile(r"\s?h\d|:\d")


def _tail(art: _Article, q: _Quantity) -> _Tail | None:
    """Currency, percent, unit abbreviation or counted noun after the quantity; None = not a figure."""
    s, e, lex = art.text, q.end, _lex()
    if _CLOCK_AFTER.match(s[e:e + 3]) or lex.month_after_re.match(s, e):
        return None                     # clock time or date
    money = _currency_after(s, e, q.scaled)
    if money:
        return money
    for regex, unit in ((lex.percent_re, "%"), (lex.unit_abbrev_re, None)):
        m = regex.match(s, e)
        if m:
            return _Tail(m.end(), unit or lex.numbers["unit_abbreviations"][m.group(1)])
    if q.glued:
        return None                     # "1er", "3e", "16h", "737MAX"
    noun = _counted_noun(art, e, q.scaled)
    if noun is None and (m := lex.count_intro_re.match(s, e)):
        noun = _counted_noun(art, m.end(), False)
    if noun is None and not q.year_like:
        noun = _partitive_noun(art, e)
    return noun or _Tail(e, None)


def _partitive_noun(art: _Article, pos: int) -> _Tail | None:
    """The noun a count takes a part of: "cinq de ses camarades", "une vingtaine de leurs
    proches", "quatre des neuf membres" (the whole, "neuf membres", is a figure of its own:
    the search resumes at it)."""
    m = _lex().partitive_re.match(art.text, pos)
    if m is None:
        return None
    start, inner = m.end(), _amount_at(art.text, m.end())
    if inner is not None and not inner.glued and inner.value != 1:
        start = inner.end
    tail = _counted_noun(art, start, False)
    if tail is None:
        return None
    tail.resume = m.end() if start != m.end() else None
    return tail


_SPACE_DE = re.compile(r"\s+" + _DE)
_CLOCK_BEFORE = re.compile(r"\d\s?h\s?$")


def _currency_after(s: str, e: int, scaled: bool) -> _Tail | None:
    lex = _lex()
    m = lex.symbol_after_re.match(s, e)
    if m:
        return _money(m.end(), _lex().symbol_codes[m.group(1)])
    de = _SPACE_DE.match(s, e)
    start = de.end() if scaled and de else len(s[e:]) - len(s[e:].lstrip()) + e
    if start == e:
        return None
    m = lex.currency_re.match(s, start)
    if not m:
        return None
    code, needs_scale = _currency_code(m.group(1))
    return _money(m.end(), code) if code and (scaled or not needs_scale) else None


def _currency_code(form: str) -> tuple[str | None, bool]:
    codes = _lex().currency_codes
    low = " ".join(form.lower().split())
    for key in (low, " ".join(w[:-1] if w.endswith(("s", "x")) else w for w in low.split())):
        if key in codes:
            return codes[key]
    return None, False


def _money(end: int, code: str) -> _Tail:
    return _Tail(end, code, code)


_CALENDAR_WORDS = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


def _is_noun(art: _Article, w: _Word) -> bool:
    sets = _lex().sets
    if not w.text[0].isalpha() or w.low in sets["function_words"]:
        return False
    if _lex().cardinal_re.fullmatch(w.text):
        return False
    return art.pos_at(w.start) not in _BAD_NOUN_POS


def _is_adjective(art: _Article, w: _Word, following: _Word) -> bool:
    """A listed adjective ("autres", "seuls"), or one tagged so right before a tagged noun."""
    return singular(w.low) in _lex().sets["adjectives"] or (
        art.pos_at(w.start) == "ADJ" and art.pos_at(following.start) in ("NOUN", "PROPN"))


def _counted_noun(art: _Article, pos: int, after_scale: bool) -> _Tail | None:
    """The counted noun: "trois [récentes] tentatives", "un million d'obus", "11 séries de sanctions"."""
    words = _words_after(art.text, pos)
    if after_scale and words and words[0].low in ("de", "d'"):
        words = words[1:]
    grammar = [i for i, w in enumerate(words) if w.low in _lex().sets["function_words"]]
    calendar = [i for i, w in enumerate(words) if w.low in _CALENDAR_WORDS]
    words_np = words[:min(grammar + calendar + [3])]      # "deux policières mardi matin": a date
    tagged = [i for i, w in enumerate(words_np) if art.pos_at(w.start) in ("NOUN", "PROPN")]
    skipped = 0
    while skipped < len(words_np) - 1 and _is_adjective(art, *words_np[skipped:skipped + 2]):
        skipped += 1
    for i in dict.fromkeys((*tagged[:1], skipped, 0)):
        if i < len(words_np) and _is_noun(art, words[i]):
            return _noun_tail(words, i)
    return None


def _noun_tail(words: list[_Word], i: int) -> _Tail:
    head = singular(words[i].text)
    unit, end = head, words[i].end
    rest = words[i + 1:i + 3]
    if head in _lex().sets["partitive_heads"] and len(rest) == 2 and rest[0].low in ("de", "d'"):
        joiner = " de " if rest[0].low == "de" else " d'"
        unit, end = head + joiner + singular(rest[1].text), rest[1].end
    return _Tail(end, unit, None, head)


# ---------------------------------------------------------------- what precedes a number

def _qualifier_before(art: _Article, pos: int) -> tuple[int, str]:
    left = art.left(pos)
    for regex, qualifier in _lex().qualifiers:
        m = regex.search(left)
        if m:
            return pos - len(left) + m.start(), qualifier
    return pos, "exact"


def _symbol_before(art: _Article, pos: int) -> tuple[int, str | None]:
    left = art.left(pos, 6)
    m = _lex().symbol_before_re.search(left)
    if not m:
        return pos, None
    return pos - len(left) + m.start(), _lex().symbol_codes[m.group(1)]


_ELISION = re.compile(rf"^\w+{APOSTROPHES}")


def _inside_name(art: _Article, pos: int) -> bool:
    """"Boeing 737", "Nord Stream 2": a capitalised word (not a grammar word) right before."""
    prev = _previous_word(art.text, pos)
    if prev is None:
        return False
    word = _ELISION.sub("", prev.text)                  # "l'Océanie 131 décès": a name's article
    if word and word[0].islower() and any(c.isupper() for c in word[1:]):
        return True                     # "iPhone 6", "post-Covid 19": a capital inside the word
    if not prev.text[0].isupper() or art.at_sentence_start(prev.start):
        return False
    return prev.low not in _lex().sets["name_exceptions"]


def _rejected(art: _Article, q: _Quantity, tail: _Tail) -> bool:
    """Dates, years, durations, ratios, reference numbers, names, articles."""
    sets, left = _lex().sets, art.left(q.start)
    if tail.head in sets["time_nouns"] or (tail.head in sets["ratio_nouns"] and _ratio(art, q, tail)):
        return True
    if _lex().reference_before_re.search(left) or (not q.grouped and _inside_name(art, q.start)):
        return True
    if _CLOCK_BEFORE.search(left):
        return True                     # the minutes of "21 h 45"
    if q.year_like and q.value_max is not None and _TIGHT_TO.search(art.text, q.start, q.end):
        return True                     # "la saison 2019-2020": a span of years
    if q.year_like and tail.currency is None and tail.unit != "%":
        prev = _previous_word(art.text, q.start)
        cue = prev is not None and prev.low in sets["year_cues"] | sets["months"] | sets["weekdays"]
        if tail.head is None or cue:
            return True
    if tail.head is None and tail.unit is None and (_day_of_month(art, q) or _elliptical_duration(art, q)):
        return True
    if q.words:
        return _rejected_words(art, q, tail)
    return False


def _day_of_month(art: _Article, q: _Quantity) -> bool:
    """"généralisé le 25", "prolongé jusqu'au 31": a bare number from 1 to 31 after a singular
    article is a day, since a count above one takes "les"."""
    if q.words or q.value_max is not None or q.scaled or not 1 < q.value <= 31 or q.value != int(q.value):
        return False
    prev = _previous_word(art.text, q.start)
    return prev is not None and prev.low in _lex().sets["day_articles"]


def _elliptical_duration(art: _Article, q: _Quantity) -> bool:
    """"33 ans, contre 65", "70 ans dont 14 au pouvoir", "les années 1950 et 60", "entre 29 et
    53 ans": a bare number compared or joined to a duration, an age or a decade names the same
    noun."""
    if q.grouped or q.value >= 200:
        return False                    # "à 23 heures, contre 25.000": a count, not an age
    lex = _lex()
    return bool(lex.elliptical_duration_re.search(art.left(q.start))
                or lex.duration_after_re.match(art.text, q.end))


def _ratio(art: _Article, q: _Quantity, tail: _Tail) -> bool:
    """"N fois" multiplies or gives a rate ("deux fois plus", "1,6 fois le salaire", "trois
    fois par an", "multiplié par dix fois", "à deux fois") rather than counting repetitions
    ("tiré sept fois", "réélu 15 fois"); "cent fois", "mille fois" are hyperbole."""
    lex = _lex()
    if q.value != int(q.value) or q.scaled:
        return True
    if q.words and art.text[q.start:q.end].lower() in lex.sets["hyperbolic_counts"]:
        return True
    following = _words_after(art.text, tail.end, 1)
    if following and following[0].low in lex.sets["ratio_followers"]:
        return True
    return bool(lex.ratio_before_re.search(art.left(q.start)))


def _counted_one(art: _Article, q: _Quantity) -> bool:
    """"un", "une" that count: a toll ("un mort", "dont un décès") or one after a qualifier
    ("au moins un blessé", "moins d'un mètre"); never a share or a rate ("un décès sur cinq",
    "plus d'une fois par jour"). Else it is the article."""
    lex = _lex()
    m = _NEXT_WORD.match(art.text, q.end)       # one regex: this runs at every "un", "une"
    if m is None:
        return False
    head = singular(m.group(1))
    if head in lex.sets["function_words"] or head in lex.sets["share_nouns"]:
        return False                    # "au moins une partie"
    if not (head in lex.sets["toll_nouns"] or head in _measure_nouns()      # "un mort", "d'un mètre"
            or lex.bound_before_re.search(art.left(q.start))):              # not "près d'une école"
        return False
    return not any(w.low in ("sur", "par") for w in _words_after(art.text, m.end(), 2))


_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


@lru_cache(maxsize=1)
def _measure_nouns() -> frozenset[str]:
    """The nouns of the unit abbreviations: "mètre", "kilomètre", "tonne", "litre"."""
    return frozenset(n for n in _lex().numbers["unit_abbreviations"].values() if " " not in n)


def _lone_article(q: _Quantity) -> bool:
    """"un", "une" alone: the article, unless _counted_one says they count."""
    return q.words and q.value == 1 and q.value_max is None and not q.scaled


_HYPHEN_WORD = re.compile(r"-\w")


def _rejected_words(art: _Article, q: _Quantity, tail: _Tail) -> bool:
    first = art.text[q.start:q.end].split()[0]
    if first[0].isupper() and not art.at_sentence_start(q.start):
        return True                     # "le Groupe des Sept", "Kim Jong Un"
    # "un", "une" reach this point only when they count (_numeric_at: _counted_one)
    if _HYPHEN_WORD.match(art.text[q.end:q.end + 2]):
        return True                     # "vingt-troisième"
    return tail.unit is None and not _lex().all_before_re.search(art.left(q.start))


# ---------------------------------------------------------------- figures

def _figure(art: _Article, start: int, end: int, value: float, value_max: float | None,
            tail: _Tail, qualifier: str) -> Figure:
    if value_max is not None:
        qualifier = "range"
    art.resume = tail.resume
    return Figure(text=art.text[start:end], value=value, value_max=value_max, unit=tail.unit,
                  currency=tail.currency, qualifier=qualifier,
                  sentence_index=art.sentence_index(start), char_start=start, char_end=end)


def _numeric_at(art: _Article, pos: int) -> Figure | None:
    q = _quantity_at(art.text, pos)
    if q is None or (_lone_article(q) and not _counted_one(art, q)):
        return None
    tail = _tail(art, q)
    if tail is None or _rejected(art, q, tail):
        return None
    start, code = _symbol_before(art, pos)
    if code and tail.currency is None:
        tail = _money(tail.end if tail.head is None else q.end, code)
    value, value_max = q.value, q.value_max
    sign = _SIGN_BEFORE.search(art.text, max(0, start - 3), start)
    if sign and value_max is None and tail.unit is not None and tail.head is None \
            and not _DIGIT_BEFORE.search(art.text[max(0, sign.start() - 4):sign.start()]):
        # "(- 2,5 % du PIB)", "+ 0,1 %": a signed change. The span keeps the sign; the value
        # stays the magnitude, since a quantity in the ledger is never negative.
        start = sign.start(1)
    start, qualifier = _qualifier_before(art, start)
    end = max(q.end, tail.end)
    return _figure(art, start, end, value, value_max, tail, qualifier)


_DIGIT_BEFORE = re.compile(r"\d\s*$")
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([-−+])[ \u00a0\u202f]?$")


def _collective_at(art: _Article, pos: int) -> Figure | None:
    """"une vingtaine de", "des centaines de", "des dizaines de milliers de"."""
    lex = _lex()
    m = lex.collective_re.match(art.text, pos)
    if not m:
        return None
    det, noun, plural, times = m.group(1).lower(), m.group(2).lower(), m.group(3), m.group(4)
    article = det in lex.numbers["article_words"]
    if article == bool(plural) or (article and lex.numbers["collectives"][noun] >= 1e6):
        return None
    value = lex.numbers["collectives"][noun]
    if times:
        value *= lex.numbers["collectives"][times.lower()[:-1]]
    q = _Quantity(pos, m.end(), value, None, True, True, False, False)
    tail = (_currency_after(art.text, q.end, True) or _counted_noun(art, q.end, True)
            or _partitive_noun(art, q.end))
    if tail is None or tail.head in lex.sets["time_nouns"]:
        return None
    if not times and tail.unit in _SCALE_COLLECTIVES:
        # "des dizaines de milliers" with nothing counted after: the scale is the value's
        value, tail = value * lex.numbers["collectives"][tail.unit], _Tail(tail.end, None)
    start, qualifier = _qualifier_before(art, pos)
    if qualifier == "exact":
        qualifier = "approx" if article else "at_least"
    return _figure(art, start, tail.end, value, None, tail, qualifier)


_SCALE_COLLECTIVES = ("millier", "million", "milliard")


def _bare_collective_at(art: _Article, pos: int) -> Figure | None:
    """"une dizaine", "un millier" with no "de" after: an approximate count of what the
    sentence named before ("trente résultats ont été annulés, dont une dizaine"); its unit is
    inherited. Not "une quarantaine" (a quarantine) nor "une quinzaine" (a fortnight)."""
    lex = _lex()
    m = lex.bare_collective_re.match(art.text, pos)
    if not m:
        return None
    noun = m.group(2).lower()
    if noun in lex.sets["bare_collective_exclusions"] or lex.numbers["collectives"][noun] >= 1e6:
        return None
    if m.group(1)[0].isupper() and not art.at_sentence_start(pos):
        return None
    start, qualifier = _qualifier_before(art, pos)
    return _figure(art, start, m.end(), lex.numbers["collectives"][noun], None,
                   _Tail(m.end(), None), "approx" if qualifier == "exact" else qualifier)


def _fraction_at(art: _Article, pos: int) -> Figure | None:
    """"la moitié de", "deux tiers des": unit "fraction"."""
    lex = _lex()
    m = lex.fraction_re.match(art.text, pos)
    if not m:
        return None
    noun = _counted_noun(art, m.end(), True)
    if noun is not None and noun.head in lex.sets["time_nouns"]:
        return None                     # "un quart d'heure"
    value = (lex.numbers["fraction_determiners"][m.group(1).lower()]
             * lex.numbers["fractions"][m.group(2).lower()])
    start, qualifier = _qualifier_before(art, pos)
    return _figure(art, start, m.end(), value, None, _Tail(m.end(), "fraction"), qualifier)


_FINDERS = (_collective_at, _bare_collective_at, _fraction_at, _numeric_at)


def _inherit_units(figures: list[Figure]) -> None:
    """A bare number takes the unit of the figure before it in its sentence:
    "5.800 ogives ... et Moscou de 6.375"; a bare amount with a scale word takes the currency
    of a sum of money in the sentence before: "Apple versera 310 millions de dollars. Les
    avocats recevront plus de 90 millions."."""
    for prev, fig in zip(figures, figures[1:]):
        if fig.unit is not None or not prev.unit:
            continue
        if prev.sentence_index == fig.sentence_index or (
                prev.currency and prev.sentence_index == fig.sentence_index - 1 and _scaled(fig)):
            fig.unit, fig.currency = prev.unit, prev.currency


def _scaled(fig: Figure) -> bool:
    """The figure's own words end with a scale word ("plus de 90 millions")."""
    last = fig.text.split()[-1].lower() if fig.text.split() else ""
    return _singular_scale(last) in _lex().numbers["scales"]


_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.]?(?:\(0\))?\d{1,4}(?:[\s.-]\d{2,4}){2,4}"     # +33 1 23 45 67 89
    r"|\(?\d{3}\)?[\s.]?\d{3}-\d{4}"                                        # 604 662-6882
    r"|0\d(?:[\s.-]?\d{2}){4})(?![\w])")                                     # 01 23 45 67 89


_PHONE_START = re.compile(r"[\d+(]")   # what _PHONE starts with; one class, which re skips to fast
_URL = re.compile(r"https?://\S+|www\.\S+")
_EMAIL_OR_URL = re.compile(r"\S+@\S+|" + _URL.pattern)


def _contact_spans(text: str) -> list[tuple[int, int]]:
    """Telephone numbers, e-mail addresses and URLs: digits that are not quantities."""
    spans = _phone_spans(text)
    links = _EMAIL_OR_URL if "@" in text else _URL     # "\S+@" alone costs a scan of every word
    spans += [(m.start(), m.end()) for m in links.finditer(text)]
    return spans


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """The spans _PHONE.finditer gives, trying only the places a number can start: re would
    try its long pattern at every character."""
    spans: list[tuple[int, int]] = []
    for start in _PHONE_START.finditer(text):
        if spans and start.start() < spans[-1][1]:
            continue
        m = _PHONE.match(text, start.start())
        if m:
            spans.append((m.start(), m.end()))
    return spans


def _possible_starts(art: _Article):
    """The word starts (as _WORD cuts the text) after the last figure found where a finder
    may fire, in order; every other word start is one where all the finders return None."""
    text, skip = art.text, _lex().next_start_re
    pos = 0
    while True:
        pos = skip.match(text, max(pos, art.covered)).end()
        if pos == len(text):
            return
        if _starts_word(text, pos):
            yield pos
        pos += 1


def _starts_word(text: str, pos: int) -> bool:
    """Whether one of the words _WORD finds in the text starts at pos (a letter or a digit).
    No word holds a space, so _WORD's cut restarts after each: only pos's chunk need be cut."""
    if pos == 0 or text[pos - 1].isspace():
        return True
    chunk = pos
    while chunk > 0 and not text[chunk - 1].isspace():
        chunk -= 1
    for m in _WORD.finditer(text, chunk):
        if m.start() >= pos:
            return m.start() == pos
    return False


def extract_figures(text: str, sentences: list[Sentence], doc=None) -> list[Figure]:
    """Every quantity of the article body that counts or measures something."""
    art = _Article(text, sentences, doc)
    figures: list[Figure] = []
    contacts = _contact_spans(text)
    for pos in _possible_starts(art):
        if contacts and any(a <= pos < b for a, b in contacts):
            continue
        for finder in _FINDERS:
            fig = finder(art, pos)
            if fig is not None:
                figures.append(fig)
                art.covered = art.resume or fig.char_end
                art.resume = None
                break
    _inherit_units(figures)
    _national_dollars(text, figures)
    return figures


_BARE_DOLLAR = re.compile(r"dollars?\b(?!\s+(?:US|am))")
_US_DOLLAR = re.compile(r"US\$|\$US")


def _national_dollars(text: str, figures: list[Figure]) -> None:
    """A bare "dollars" is the US dollar unless the article is about one other country whose
    currency is also called dollar ("6 millions de dollars" in a Canadian story: CAD)."""
    bare = [f for f in figures if f.currency == "USD" and _BARE_DOLLAR.search(f.text)
            and not _US_DOLLAR.search(f.text)]
    if not bare:
        return
    counts = {code: sum(len(regex.findall(text)) for w, regex in words if w in text)
              for code, words in _lex().dollar_country_words.items()}
    others = sorted(((n, c) for c, n in counts.items() if c != "USD" and n >= 2), reverse=True)
    if others and (len(others) == 1 or others[0][0] > 2 * others[1][0]) and others[0][0] > 2 * counts["USD"]:
        for f in bare:
            f.currency = f.unit = others[0][1]
