"""French time expressions: find them in a sentence, resolve them against the publication date.

`resolve_date` is pure and total: any string in, `(iso, precision)` out, never an exception.
The output format follows the precision: "YYYY-MM-DD" for 'day', "YYYY-MM" for 'month',
"YYYY" for 'year', and `(None, None)` when the text alone (plus the publication date) does not
fix a date. Relative expressions ("vendredi", "le mois dernier") need `published_at`.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsledger.extract.tries import word_trie
from newsledger.extract.words import (APOSTROPHES, DEFINITE_ARTICLES, MONTHS, MONTHS_UNACCENTED, WEEKDAYS,
                                      either_apostrophe, straight_apostrophes)

_MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)}
_MONTH_NUM.update({plain: _MONTH_NUM[month] for plain, month in MONTHS_UNACCENTED.items()})
_WEEKDAY_NUM = {d: i for i, d in enumerate(WEEKDAYS)}


_M = word_trie(_MONTH_NUM)                 # the months, with and without their accents
_W = word_trie(WEEKDAYS)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PART = r"(?:\s+(?:matin|soir|midi|après-midi|apres-midi|dernier|prochain))?"

# Time expressions as written in French news, most specific first.
_EXPRESSIONS = [
    rf"(?:(?:ce|le)\s+)?(?:{_W})\s+(?:1er|\d{{1,2}})\s+(?:{_M})(?:\s+{_YEAR})?{_PART}",
    rf"(?:le\s+)?(?:1er|\d{{1,2}})\s+(?:{_M})(?:\s+{_YEAR})?",
    rf"(?:(?:en|depuis|dès|fin|début|courant|à\s+la\s+mi-|mi-)\s*)?(?:{_M})(?:\s+{_YEAR})?",
    rf"(?:(?:ce|le)\s+)?(?:{_W}){_PART}",
    rf"(?:en|depuis|dès|avant|après|fin|début)\s+{_YEAR}",
    rf"(?:l{APOSTROPHES}année|la\s+semaine|le\s+mois|le\s+week-end)\s+(?:dernière|dernier|prochaine|prochain|passée|passé)",
    r"(?:cette\s+(?:année|semaine)|ce\s+(?:mois(?:-ci)?|week-end))",
    rf"(?:avant-hier|après-demain|aujourd{APOSTROPHES}hui|hier|demain)",
]
# One expression: the lookahead lists the first letters of all the expressions above (a digit,
# "à", the initials of the months, weekdays and lead words), for speed.
_EXPR = (r"(?=[\dàacdefhjlmnosv])(?:" + "|".join(f"(?:{p})" for p in _EXPRESSIONS) + r")\b")
# What every expression above starts with: a digit or one of these words, whole or in part.
_FIRST_WORDS = ["ce", *either_apostrophe(DEFINITE_ARTICLES), "en", "depuis", "dès", "fin", "début",
                "courant", "à", "mi-", "avant", "après", "aujourd", "hier", "demain", *WEEKDAYS,
                *_MONTH_NUM]
# Matched at a position: the words (\w runs) up to the next one where an expression starts,
# and that expression (group 1, None at the end of the text). The same expressions as
# re.finditer(r"\b" + _EXPR) gives, but re steps word by word instead of trying at every
# character, and only tries _EXPR where a first word is.
_SKIP_TO_EXPR = re.compile(
    rf"\W*+(?:(?!(?=\d|{word_trie(_FIRST_WORDS)}){_EXPR})\w+\W*+)*+({_EXPR})?", re.IGNORECASE)

_LEADING_WORDS = ("depuis", "dès", "en", "au cours de", "courant", "vers", *DEFINITE_ARTICLES,
                  "ce", "cette", "cet", "au", "à la", "à", "fin", "début", "au début de",
                  "à la fin de", "d'ici", "avant", "après", "jusqu'en", "jusqu'au", "plus tôt",
                  "plus tard", "mi-", "mi")
_LEADING = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                          for w in sorted(_LEADING_WORDS, key=len, reverse=True))
    + r")(?:\s+|(?<=['-])))+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s+(?:matin|soir|midi|après-midi|apres-midi|dans\s+la\s+soirée))+$")

# Patterns of resolve_date, compiled once (re's own cache would hash each pattern per call).
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_SPACES = re.compile(r"\s+")
_WEEKDAY_ALONE = re.compile(rf"({_W})(?: (dernier|prochain))?")
_DAY_MONTH_YEAR = re.compile(rf"(?:(?:{_W}) )?(1er|\d{{1,2}}) ({_M})(?: (\d{{4}}))?")
_MONTH_YEAR = re.compile(rf"({_M})(?: (\d{{4}}))?")


def find_time_expressions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each time expression in `text`, offsets relative to `text`."""
    if not isinstance(text, str):
        return []
    found, pos = [], 0
    while (m := _SKIP_TO_EXPR.match(text, pos)).lastindex:
        found.append((m.start(1), m.end(1), m.group(1)))
        pos = m.end(1)
    return found


def parse_published(published_at: str | None) -> date | None:
    """The publication day from an ISO date or datetime string, or None if unusable."""
    if not isinstance(published_at, str):
        return None
    m = _ISO_DAY.match(published_at)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _normalize(text: str) -> str:
    s = straight_apostrophes(unicodedata.normalize("NFC", text)).replace("\u00a0", " ")
    s = _SPACES.sub(" ", s.lower()).strip(" .,;:()«»\"")
    return s


def _fmt(d: date, precision: str) -> tuple[str, str]:
    if precision == "year":
        return f"{d.year:04d}", "year"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    return d.isoformat(), "day"


def _shift_month(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


def _relative(s: str, full: str, pub: date) -> tuple[str, str] | None:
    """Expressions relative to the publication day; None if `s` is not one of them."""
    if s in ("aujourd'hui", "ce jour"):
        return _fmt(pub, "day")
    offsets = {"hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2}
    if s in offsets:
        return _fmt(pub + timedelta(days=offsets[s]), "day")
    if re.search(r"\b(?:début|fin|milieu) (?:du|de ce) mois$", full):
        return _fmt(pub, "month")
    if re.search(r"\b(?:début|fin|milieu) de (?:l'année|cette année)$", full):
        return _fmt(pub, "year")
    rel = re.fullmatch(r"(année|an|mois|semaine|week-end)\s+"
                       r"(dernière|dernier|passée|passé|prochaine|prochain)", s)
    this = re.fullmatch(r"(année|an|mois(?:-ci)?|semaine|week-end)", s)
    if rel:
        unit, step = rel.group(1), (-1 if rel.group(2).startswith(("dern", "pass")) else 1)
    elif this and re.search(r"\b(?:ce|cette|cet)\b", full):
        unit, step = this.group(1), 0
    else:
        return None
    if unit in ("année", "an"):
        return f"{pub.year + step:04d}", "year"
    if "mois" in unit:
        return _fmt(_shift_month(pub, step), "month")
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
    sunday = monday + timedelta(days=6)
    if monday.month == sunday.month:           # the whole week falls in one month
        return _fmt(monday, "month")
    return None


def _weekday(s: str, pub: date, prefer: str) -> tuple[str, str] | None:
    m = _WEEKDAY_ALONE.fullmatch(s)
    if not m:
        return None
    wd = _WEEKDAY_NUM[m.group(1)]
    direction = {"dernier": "past", "prochain": "future"}.get(m.group(2) or "", prefer)
    if direction == "future":
        delta = (wd - pub.weekday()) % 7
        if m.group(2) and delta == 0:
            delta = 7
        return _fmt(pub + timedelta(days=delta), "day")
    delta = (pub.weekday() - wd) % 7
    if m.group(2) and delta == 0:
        delta = 7
    return _fmt(pub - timedelta(days=delta), "day")


def _absolute(s: str, pub: date | None, prefer: str, near_days: int = 0) -> tuple[str, str] | None:
    """Day/month/year written out: "15 septembre 2023", "juillet 2023", "2017", "juillet"."""
    m = _DAY_MONTH_YEAR.fullmatch(s)
    if m:
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        month = _MONTH_NUM[m.group(2)]
        year = int(m.group(3)) if m.group(3) else _year_for(month, day, pub, prefer, near_days)
        if year is None:
            return None
        try:
            return _fmt(date(year, month, day), "day")
        except ValueError:
            return None
    m = _MONTH_YEAR.fullmatch(s)
    if m:
        month = _MONTH_NUM[m.group(1)]
        year = int(m.group(2)) if m.group(2) else _year_for(month, None, pub, prefer)
        if year is None or not 1 <= year <= 9999:
            return None
        return f"{year:04d}-{month:02d}", "month"
    m = re.fullmatch(r"(\d{4})", s)
    if m and 1000 <= int(m.group(1)) <= 2999:
        return m.group(1), "year"
    return None


NEAR_DAYS = 7   # a day written without its year this close after publication is the coming one


def _year_for(month: int, day: int | None, pub: date | None, prefer: str,
              near_days: int = 0) -> int | None:
    """The year of a day or month written without one: the publication year, moved one year
    back (or on, when preferring the future) if the date would fall on the wrong side of it.
    A day at most `near_days` after the publication is the coming one even when preferring
    the past: "le 3 novembre" written on 2 November is tomorrow, not a year ago."""
    if pub is None:
        return None
    when, now = (month, day or 0), (pub.month, pub.day if day else 0)
    if prefer == "nearest":                   # a vote or a summit set months ahead or behind
        return min((pub.year - 1, pub.year, pub.year + 1),
                   key=lambda y: (abs(_days_after(pub, y, month, day or 15)), y > pub.year))
    if prefer == "future":
        return pub.year if when >= now else pub.year + 1
    if day and near_days:
        coming = next((y for y in (pub.year, pub.year + 1) if 0 < _days_after(pub, y, month, day) <= near_days), None)
        if coming is not None:                # "le 2 janvier" written on 30 December
            return coming
    return pub.year if when <= now else pub.year - 1


def _days_after(pub: date, year: int, month: int, day: int) -> int:
    """Days from the publication to that day (a large number when it does not exist)."""
    try:
        return (date(year, month, day) - pub).days
    except ValueError:
        return 10**6


@lru_cache(maxsize=4096)
def _with_dateparser(s: str, pub: date | None, prefer: str) -> tuple[str, str] | None:
    """Last resort for other phrasings; day precision only when a day number is written.
    Cached: dateparser takes about a millisecond a call (and 0.1 s for the first one)."""
    if pub is None or len(s) > 40 or not re.search(r"[a-z0-9]", s):
        return None
    import dateparser

    settings = {"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
                "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": False}
    try:
        parsed = dateparser.parse(s, languages=["fr"], settings=settings)
    except Exception:  # dateparser raises on some malformed inputs
        return None
    if parsed is None or not 1 <= parsed.year <= 9999:
        return None
    d = parsed.date()
    if re.search(r"\b\d{1,2}\b", s) or re.search(r"\bjours?\b|\bhier\b|\bdemain\b", s):
        return _fmt(d, "day")
    if re.search(rf"\b(?:{_M}|mois)\b", s):
        return _fmt(d, "month")
    if re.search(r"\b(?:an|ans|année|années)\b|\d{4}", s):
        return _fmt(d, "year")
    return None


def resolve_date(date_text: str, published_at: str | None,
                 prefer: str = "past", near_days: int = NEAR_DAYS) -> tuple[str | None, str | None]:
    """(ISO date/month/year, precision) of a French time expression, or (None, None).

    `prefer` ('past' or 'future') picks the side of the publication date for expressions
    such as a bare weekday ("vendredi"); news mostly reports the past. 'nearest' (a happening
    set in advance: an election) takes a day or month without its year nearest the
    publication. A day written without its year at most `near_days` after the publication is
    the coming one all the same (0: a date that names a past happening, "les attentats du 13
    novembre").
    """
    try:
        return _resolve(date_text, published_at, prefer if prefer in ("future", "nearest") else "past",
                        near_days)
    except Exception:  # total by contract: a bad expression is an unresolved date
        return None, None


def _resolve(date_text, published_at, prefer, near_days=NEAR_DAYS):
    if not isinstance(date_text, str):
        return None, None
    full = _normalize(date_text)
    s = _TRAILING.sub("", _LEADING.sub("", full)).strip()
    pub = parse_published(published_at)
    found = _absolute(s, pub, prefer, near_days)
    if found is None and pub is not None:
        side = "past" if prefer == "nearest" else prefer     # a weekday: the one just gone
        found = (_relative(s, full, pub) or _weekday(s, pub, side) or _with_dateparser(s, pub, side))
    return found if found is not None else (None, None)


_LEVELS = ("day", "week", "month", "year")


def time_scope(text: str) -> tuple[str | None, bool]:
    """(granularity, anchored on the publication day) of a time expression:
    "mardi" -> ("day", True), "cette semaine" -> ("week", True), "juillet 2023" ->
    ("month", False), "en 2017" -> ("year", False). (None, False) for anything else."""
    if not isinstance(text, str):
        return None, False
    s = _normalize(text)
    deictic = bool(re.search(r"\b(?:ce|cet|cette|dernier|dernière|prochain|prochaine|passé|"
                             r"passée|hier|demain|aujourd'hui|avant-hier|après-demain)\b", s))
    if re.search(rf"\b(?:1er|\d{{1,2}})\s+(?:{_M})\b", s) or re.search(
            r"\b(?:hier|demain|aujourd'hui|avant-hier|après-demain)\b", s):
        return "day", deictic
    if re.search(rf"\b(?:{_W})\b", s):
        return "day", True
    if re.search(r"\b(?:semaine|week-end)\b", s):
        return "week", deictic
    if re.search(rf"\b(?:{_M}|mois(?:-ci)?)\b", s):
        return "month", deictic or not re.search(_YEAR, s)
    if re.search(rf"\b(?:année|an)\b", s) or re.search(_YEAR, s):
        return "year", deictic
    return None, False


def dates_compatible(a: str, b: str, iso_a: str | None = None,
                     iso_b: str | None = None) -> bool | None:
    """True: the same time; False: different times; None: one may contain the other or
    nothing can be said ("cette semaine" within "cette année", "2023-09" and "2023-09-15")."""
    if iso_a and iso_b:
        if iso_a == iso_b:
            return True
        return None if iso_a.startswith(iso_b) or iso_b.startswith(iso_a) else False
    if _normalize(a) == _normalize(b):
        return True
    (level_a, now_a), (level_b, now_b) = time_scope(a), time_scope(b)
    if level_a is None or level_b is None:
        return None
    if level_a != level_b and now_a and now_b:
        return None
    return False
