"""Deterministic keys: the same content always gets the same id, run after run."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_HYPHENS = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014]+\s*")


def stable_id(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def name_key(name: str) -> str:
    """Case-, accent-, apostrophe- and hyphen-insensitive form of a name, for actor identity:
    "Jean-Luc Mélenchon", "Jean Luc Mélenchon" and "JEAN-LUC MELENCHON" are one actor, and
    so are "Europe Écologie-Les Verts" and "Europe Ecologie - Les Verts"."""
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'").casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _HYPHENS.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def article_id(source_kind: str, source: str) -> str:
    return stable_id("article", source_kind, source)


@lru_cache(maxsize=65536)      # called once per mention: a run names few actors many times
def actor_id(canonical_name: str) -> str:
    """An actor is its name's key: the type is an attribute, chosen across articles
    (sql/publish/03_actors.sql), so one name typed two ways is still one actor."""
    return stable_id("actor", name_key(canonical_name))
