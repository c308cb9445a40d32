"""Deterministic keys: the same content always gets the same id, run after run."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


def stable_id(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def name_key(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of a name, for actor identity."""
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'").casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _SPACES.sub(" ", s).strip()


def article_id(source_kind: str, source: str) -> str:
    return stable_id("article", source_kind, source)


@lru_cache(maxsize=65536)      # called once per mention: a run names few actors many times
def actor_id(canonical_name: str) -> str:
    """An actor is its name's key: the type is an attribute, chosen across articles
    (sql/publish/03_actors.sql), so one name typed two ways is still one actor."""
    return stable_id("actor", name_key(canonical_name))
