"""Name spellings: the canonical form of an actor name, comparison keys, and the words that
are never part of a person's name."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsledger.extract.words import DEFINITE_ARTICLES, MONTHS, WEEKDAYS, elided, straight_apostrophes

HONORIFICS = re.compile(r"^(?:MM?\.|Mmes?\.?|Mlle\.?|Dr\.?|Me\.?|Pr\.?)\s+")
NAME_PARTICLES = {"de", "du", "des", "van", "von", "der", "den", "bin", "ben", "al", "el", "da",
                  "di", "dos", "la", "le", "y", "ibn", "abu"}
# the forms of address written out, which name no one by themselves ("Vous mentez, Monsieur")
SPELLED_HONORIFICS = frozenset({"monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "mesdemoiselles"})
NOT_NAMES = {*WEEKDAYS, *MONTHS, "dieu", "etat", "état", "états"}


SPACES = re.compile(r"\s+")
LEADING_ARTICLE = re.compile(  # ^(?:(?:les|la|le)\s+|l'\s*)(?=\w), on straight apostrophes
    rf"^(?:(?:{'|'.join(a for a in DEFINITE_ARTICLES if not elided(a))})\s+"
    rf"|{'|'.join(a for a in DEFINITE_ARTICLES if elided(a))}\s*)(?=\w)", re.IGNORECASE)


WRAPPING = " \t\n\r.,;:«»\"()[]{}"


def strip_wrapping(s: str) -> str:
    """`s` without the punctuation around it; a closing parenthesis that closes one of `s`
    stays ("ministère de la Santé (Brésil)")."""
    s = s.lstrip(WRAPPING).rstrip(WRAPPING.replace(")", ""))
    while s.endswith(")") and s.count(")") > s.count("("):
        s = s[:-1].rstrip(WRAPPING.replace(")", ""))
    return s


# a surname written with its article ("Le Pen", "Le Drian", "La Fontaine"): the capitalised
# article is part of the name (French writes an article inside a sentence in lower case), and
# the word alone ("Pen") is a fragment of it
SURNAME_WITH_ARTICLE = re.compile(r"(?:Le|La) [^\W\d_][\w'-]*")


def surname_with_article(s: str) -> bool:
    return SURNAME_WITH_ARTICLE.fullmatch(s) is not None


def particle_surname(s: str) -> bool:
    """A name whose words are a particle or an article and one other word ("Le Pen", "de
    Villepin"): a surname, no full name."""
    words = SPACES.split(s.strip())
    return len(words) >= 2 and sum(w.lower() not in NAME_PARTICLES for w in words) == 1


def normalize_person_name(s: str) -> str:
    """normalize_actor_name for a person: a surname written with its article keeps it
    ("Le Pen", not "Pen")."""
    name = normalize_actor_name(s)
    if not isinstance(s, str):
        return name
    whole = plain_spelling(s)
    return whole if surname_with_article(whole) and whole.endswith(name) else name


def plain_spelling(s: str) -> str:
    """A name as written, NFC, straight apostrophes, single spaces, no wrapping punctuation:
    normalize_actor_name's spelling, its leading article kept."""
    return strip_wrapping(SPACES.sub(" ", straight_apostrophes(unicodedata.normalize("NFC", s)).replace("\u00a0", " ")))


def normalize_actor_name(s: str) -> str:
    """Canonical spelling of a name: NFC, straight apostrophes, single spaces, no wrapping
    punctuation, no leading French article. Never raises; idempotent."""
    if not isinstance(s, str):
        try:
            s = str(s)
        except Exception:
            return ""
    s = unicodedata.normalize("NFC", s)
    s = straight_apostrophes(s).replace("\u00a0", " ")
    for _ in range(4):
        before = s
        s = strip_wrapping(SPACES.sub(" ", s))
        s = LEADING_ARTICLE.sub("", s)
        s = unicodedata.normalize("NFC", s)
        if s == before:
            break
    return s


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower-case, accent-free comparison key (cached: names recur within and across articles)."""
    s = unicodedata.normalize("NFKD", straight_apostrophes(s).lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def strip_initial_accent(s: str) -> str:
    """'États-Unis' -> 'Etats-Unis': French press often drops accents on capitals."""
    if s and unicodedata.normalize("NFKD", s[0])[0] != s[0]:
        return unicodedata.normalize("NFKD", s[0])[0] + s[1:]
    return s


def plural(word: str) -> str:
    return word if word.endswith(("s", "x", "z")) else word + "s"


def name_tokens(s: str) -> list[str]:
    return [fold(w) for w in SPACES.split(s) if w]
