"""A synthetic corpus of N distinct, realistic French articles for the benchmark.

Sources: the repository's seeds and, when present, the development articles of
../shared/eval/articles (read at run time, never copied). Article k starts from one source
article; each paragraph may borrow a sentence from another article, paragraphs after the
lead are shuffled, and the persons it names are swapped for others (names in data/names.json).
Content hashes therefore differ while the text stays French news. Deterministic for a seed.
Articles are written one at a time (nothing holds the corpus in memory).
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from newsledger.config import home, seeds_dir
from newsledger.resources import data_dir


def dev_articles() -> Path:
    """The development articles beside the project (../shared/eval/articles), when present."""
    return home().parent / "shared" / "eval" / "articles"


NAMES = data_dir("newsledger.bench") / "names.json"
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«A-ZÉÈÀÂÎÔ0-9])")


@dataclass
class SourceArticle:
    title: str
    paragraphs: list[list[str]]   # paragraph -> sentences


def source_files(extra_dirs: list[Path] | None = None) -> list[Path]:
    dirs = [seeds_dir()] + ([dev_articles()] if extra_dirs is None else extra_dirs)
    return [p for d in dirs if d.is_dir() for p in sorted(d.glob("*.txt"))]


def split_article(text: str) -> SourceArticle:
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n")]
    lines = [ln for ln in lines if ln]
    title, body = lines[0], lines[1:]
    return SourceArticle(title, [_SENTENCE_END.split(p) for p in body])


def load_sources(files: list[Path]) -> list[SourceArticle]:
    return [split_article(p.read_text(encoding="utf-8")) for p in files]


class Substitution:
    """Swap the persons an article names for others, full names first, then family names."""

    def __init__(self, path: Path | Traversable = NAMES):
        data = json.loads(path.read_text(encoding="utf-8"))
        self.sources = [tuple(x) for x in data["sources"]]
        self.pool = [tuple(x) for x in data["pool"]]

    def apply(self, text: str, rng: random.Random) -> str:
        present = [s for s in self.sources if s[1] in text]
        if not present:
            return text
        chosen = rng.sample(self.pool, k=min(len(present), len(self.pool)))
        for (first, last), (nfirst, nlast) in zip(present, chosen):
            text = text.replace(f"{first} {last}", f"{nfirst} {nlast}")
            text = re.sub(rf"(?<![\w-]){re.escape(last)}(?![\w-])", nlast, text)
        return text


def synth_article(k: int, sources: list[SourceArticle], subst: Substitution,
                  rng: random.Random) -> tuple[str, str]:
    """(title, body) of synthetic article k."""
    base = sources[k % len(sources)]
    paragraphs = [list(p) for p in base.paragraphs]
    for p in paragraphs:
        if len(p) > 1 and rng.random() < 0.5:
            donor = rng.choice(sources)
            donor_sentences = [s for para in donor.paragraphs for s in para if len(s) > 40]
            if donor_sentences:
                p[rng.randrange(len(p))] = rng.choice(donor_sentences)
    lead, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)
    body = "\n".join(" ".join(p) for p in lead + rest)
    return subst.apply(base.title, rng), subst.apply(body, rng)


def generate(n: int, seed: int = 20261, files: list[Path] | None = None) -> Iterator[tuple[str, str]]:
    """N distinct (title, body) pairs."""
    sources = load_sources(files or source_files())
    if not sources:
        raise FileNotFoundError(f"no source articles in {seeds_dir()}")
    subst = Substitution()
    rng = random.Random(seed)
    seen: set[int] = set()
    k = 0
    while len(seen) < n:
        for attempt in range(20):
            title, body = synth_article(k, sources, subst, rng)
            key = hash((title, body))
            if key not in seen:
                break
        else:   # the variations ran out: tell otherwise identical texts apart by their date line
            body += f"\n(Dépêche n° {k + 1}.)"
            key = hash((title, body))
        seen.add(key)
        k += 1
        yield title, body


def write_corpus(folder: Path, n: int, seed: int = 20261) -> dict:
    """Write N articles as folder/NNNNN.txt (first line = title); returns counts."""
    folder.mkdir(parents=True, exist_ok=True)
    files = source_files()
    chars = 0
    width = max(5, len(str(n)))
    for i, (title, body) in enumerate(generate(n, seed, files)):
        text = f"{title}\n{body}\n"
        (folder / f"{i:0{width}d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return {"articles": n, "source_articles": len(files), "chars": chars, "folder": str(folder)}
