"""SQL statements live in .sql files under sql/; this reads them."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources.abc import Traversable

from newsledger.resources import SQL_DIR, listing


@lru_cache(maxsize=None)
def read_sql(name: str) -> str:
    """Text of sql/<name> (name may include a sub-folder, e.g. 'publish/01_articles.sql')."""
    return (SQL_DIR / name).read_text(encoding="utf-8")


def sql_folder(folder: str) -> list[Traversable]:
    """The .sql files of a sub-folder of sql/, in name order (the order they run in)."""
    return listing(SQL_DIR / folder, ".sql")


def statements(text: str) -> list[str]:
    """Split a file into statements on ';' at line ends (no procedural SQL here)."""
    parts, current = [], []
    for line in text.splitlines():
        current.append(line)
        if line.rstrip().endswith(";"):
            parts.append("\n".join(current).strip())
            current = []
    tail = "\n".join(current).strip()
    if tail and not all(l.strip().startswith("--") or not l.strip() for l in current):
        parts.append(tail)
    return [p for p in parts if p and not all(l.strip().startswith("--") or not l.strip() for l in p.splitlines())]
