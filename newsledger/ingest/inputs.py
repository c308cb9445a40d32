"""The inputs of one run, planned as plain data: files and directories, URLs, URL lists and
feeds become batches of paths and URLs (`InputBatch`), which the collect and fetch tasks
turn into documents. Planning reads no file and fetches no page; the feeds are read before
(by the flow's feed task) and handed in as their lists of entries.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.ingest.dumps import DumpRecord, count_records, dump_records, is_dump
from newsledger.records import IngestError, SourceDocument

Item = SourceDocument | IngestError


@dataclass
class InputSpec:
    paths: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    urls_files: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    allow_private_hosts: bool = False


@dataclass
class InputBatch:
    """One batch of inputs, plain data: file paths to read, in order, with the inputs the
    walk already found bad (missing path, symbolic link loop... as IngestError), then URLs
    to fetch."""
    files: list[str | DumpRecord | IngestError] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.files) + len(self.urls)


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
        if is_dump(p) and os.path.isfile(p):
            total += count_records(p)
        elif os.path.isdir(p):
            for _, _, files in os.walk(p):
                total += sum(1 for f in files if f.lower().endswith((".txt", ".html", ".htm")))
        else:
            total += 1
    return total


def plan_urls(spec: InputSpec, known_urls: set[str],
              feed_entries: list[list[str]]) -> tuple[list[str], list[IngestError]]:
    """The URLs to fetch, and the URL lists that could not be read. --url pages are always
    fetched (a changed page replaces its rows); from URL lists and feeds (`feed_entries`,
    one list per feed read) only the entries not yet in the warehouse."""
    urls = list(spec.urls)
    listed: list[str] = []
    errors: list[IngestError] = []
    for f in spec.urls_files:
        found, bad = read_urls_file(f)
        listed += found
        errors += bad
    for entries in feed_entries:
        listed += entries
    if listed:
        from newsledger.ingest.urls import normalize_url
        known = {normalize_url(u) for u in known_urls}
        urls += [u for u in listed if normalize_url(u) not in known]
    return list(dict.fromkeys(urls)), errors


def _planned_files(paths: list[str], fields: dict[str, str] | None = None
                   ) -> Iterator[str | DumpRecord | IngestError]:
    """The files the paths hold, in collection order, without reading them (the walk of
    `collect_paths`: directories expanded, a file met twice listed once, bad paths as
    IngestError). An article dump named as a path is the one input read here: streamed, one
    DumpRecord per record (`fields` maps its field names)."""
    from newsledger.ingest.files import _Walker

    class Planner(_Walker):
        def file(self, path: str, st: os.stat_result) -> Iterator[str]:
            key = os.path.normpath(os.path.abspath(path))
            if key not in self.seen_files:
                self.seen_files.add(key)
                yield path

    walker = Planner(max_bytes=0)
    for path in map(os.fspath, paths):
        if not path:
            yield IngestError("", "collect", "empty path")
            continue
        if is_dump(path) and os.path.isfile(path):
            yield from dump_records(path, fields)
            continue
        yield from walker.top(path)


def plan_batches(paths: list[str], urls: list[str], batch_size: int,
                 fields: dict[str, str] | None = None) -> Iterator[InputBatch]:
    """Batches of at most `batch_size` inputs: the files (and dump records) first, then the
    URLs (a batch that ends the files is filled up with URLs). Lazy: a run never holds every
    path, or every record of a dump, at once."""
    files = _planned_files(paths, fields)
    url_pos = 0
    while True:
        batch = InputBatch()
        for item in files:
            batch.files.append(item)
            if len(batch.files) >= batch_size:
                break
        if len(batch) < batch_size:
            batch.urls = urls[url_pos:url_pos + batch_size - len(batch)]
            url_pos += len(batch.urls)
        if not batch:
            return
        yield batch
