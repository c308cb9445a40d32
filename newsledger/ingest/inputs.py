"""The inputs of one run: files and directories, URLs, URL lists and feeds, as one stream."""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from newsledger.records import IngestError, SourceDocument

Item = SourceDocument | IngestError


@dataclass
class InputSpec:
    paths: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    urls_files: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    allow_private_hosts: bool = False


def read_urls_file(path: str) -> tuple[list[str], list[IngestError]]:
    """One URL per line; blank lines and '#' comments ignored."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        return [], [IngestError(path, "collect", f"cannot read URL list: {exc.strerror or exc}")]
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")], []


def count_files(paths: list[str]) -> int:
    """A quick estimate of how many inputs the paths hold, for progress display."""
    total = 0
    for p in paths:
        if os.path.isdir(p):
            for _, _, files in os.walk(p):
                total += sum(1 for f in files if f.lower().endswith((".txt", ".html", ".htm")))
        else:
            total += 1
    return total


class InputStream:
    """Pulls inputs batch by batch, so a run never holds the whole corpus in memory."""

    def __init__(self, spec: InputSpec, known_urls: set[str] | None = None):
        self.spec = spec
        self.known_urls = known_urls or set()
        self.planned_errors: list[IngestError] = []
        self.urls = self._plan_urls()
        self._files: Iterator[Item] | None = None
        self._url_pos = 0
        self.total = count_files(spec.paths) + len(self.urls)

    def _plan_urls(self) -> list[str]:
        """--url pages are always fetched (a changed page replaces its rows); from URL lists
        and feeds only the entries not yet in the warehouse."""
        urls = list(self.spec.urls)
        listed: list[str] = []
        for f in self.spec.urls_files:
            found, errors = read_urls_file(f)
            listed += found
            self.planned_errors += errors
        if self.spec.feeds:
            from newsledger.ingest.feeds import feed_urls
            for feed in self.spec.feeds:
                entries = feed_urls(feed, allow_private_hosts=self.spec.allow_private_hosts)
                if isinstance(entries, IngestError):
                    self.planned_errors.append(entries)
                    continue
                listed += entries
        if listed:
            from newsledger.ingest.urls import normalize_url
            known = {normalize_url(u) for u in self.known_urls}
            urls += [u for u in listed if normalize_url(u) not in known]
        seen, unique = set(), []
        for u in urls:
            if u not in seen:
                seen.add(u)
                unique.append(u)
        return unique

    def next_files(self, n: int) -> list[Item]:
        if self._files is None:
            from newsledger.ingest.files import collect_paths
            self._files = collect_paths(self.spec.paths)
        return list(islice(self._files, n))

    def next_urls(self, n: int) -> list[str]:
        chunk = self.urls[self._url_pos:self._url_pos + n]
        self._url_pos += len(chunk)
        return chunk
