"""Collect local files into SourceDocuments, recording every bad input as an IngestError.

Pure-ish: reads the file system, nothing else (no Prefect, no DuckDB). The lead's flow
calls `collect_paths` and writes the IngestErrors to `ingest_errors`.

collect_paths(paths, *, max_bytes=5_000_000) -> Iterator[SourceDocument | IngestError]
    One item per input file, in order: each path as given; a directory expands to its
    *.txt, *.html, *.htm files (case-insensitive, hidden names skipped), recursively,
    sorted by name. A file named explicitly is collected whatever its extension (.html,
    .htm, .xhtml are HTML, anything else is text). The same path met twice in one call is
    collected once. Symbolic links to files are followed (source = the link's path);
    links to directories are followed too, but a directory already visited (a symlink
    loop, or two links to one directory) is recorded as an error instead of walked again.
    Nothing raises out of it for a bad input: each becomes an IngestError.

    stage 'collect': no such file or directory; broken symbolic link; symbolic link loop;
        permission denied; not a regular file; empty file; file over max_bytes (checked
        with stat before reading; the read is also capped at max_bytes + 1 bytes); binary
        file; undecodable text; "HTML content in a text file"; whitespace-only text;
        numbers-only text; no body (a single short line); directory already visited.
        A directory without any .txt/.html file yields nothing (an empty inbox is normal).
    stage 'language': language not French (the reason names it, e.g. "language is
        English ('en'), not French: not extracted") or not determinable (too little
        text). The document is not yielded.
    stage 'extract': an HTML file whose extraction failed (see html_document).

    Good text files yield SourceDocument(source=str(path), source_kind='file', title,
    body, content_hash, language='fr'). Two files with the same content both yield a
    document with equal content_hash: recording the duplicate is the pipeline's job.

document_from_text(raw, source, source_kind='file') -> SourceDocument | IngestError
    The pure bytes -> document step for one text file (decode, normalize, reject HTML,
    split title/body, check language).

html_document(raw, source) -> SourceDocument | IngestError
    .html files: newsledger.ingest.html.document_from_html(raw, source, 'file'), then the same
    French-only rule as text files.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsledger.records import IngestError, SourceDocument

from newsledger.ingest.language import detect_language, is_foreign_headline, language_name
from newsledger.ingest.text import (content_hash, decode_bytes, has_words, looks_like_html, normalize_text,
                   split_title_body)

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DIR_SUFFIXES = frozenset({".txt", ".html", ".htm"})
WANTED_LANGUAGE = "fr"

Item = SourceDocument | IngestError


def _error(source: str, reason: str, stage: str = "collect") -> IngestError:
    return IngestError(source=source, stage=stage, error=reason)


def check_language(doc: SourceDocument) -> SourceDocument | IngestError:
    """Keep French documents; anything else becomes an IngestError at stage 'language'."""
    text = f"{doc.title or ''}\n{doc.body}"
    detected = detect_language(text)
    if detected is None:
        return _error(doc.source, "language could not be determined (too little text "
                                  "or no known stop words): not extracted", "language")
    if detected != WANTED_LANGUAGE:
        return _error(doc.source, f"language is {language_name(detected)} ('{detected}'), "
                                  "not French: not extracted", "language")
    doc.language = detected
    doc.foreign_title = is_foreign_headline(doc.title, detected)
    return doc


def document_from_text(raw: bytes, source: str, source_kind: str = "file") -> Item:
    """Bytes of a plain-text article -> SourceDocument, or an IngestError with the reason."""
    decoded = decode_bytes(raw)
    if decoded.text is None:
        return _error(source, decoded.error or "undecodable text")
    text = normalize_text(decoded.text)
    if not text.strip():
        return _error(source, "empty file (whitespace or invisible characters only)")
    if looks_like_html(text):
        return _error(source, "HTML content in a text file")
    if not has_words(text):
        return _error(source, "no words: numbers or punctuation only")
    title, body = split_title_body(text)
    if not body:
        return _error(source, "no body: the file has a single short line (a title only)")
    if not has_words(body):
        return _error(source, "no words in the body: numbers or punctuation only")
    doc = SourceDocument(source=source, source_kind=source_kind, title=title, body=body,
                         content_hash=content_hash(title, body))
    return check_language(doc)


def html_document(raw: bytes, source: str) -> Item:
    """An .html file -> SourceDocument through the same trafilatura extraction as web pages."""
    from newsledger.ingest.html import document_from_html

    try:
        got = document_from_html(raw, source, "file")
    except Exception as exc:  # one bad page must not stop the other inputs
        return _error(source, f"HTML extraction failed: {type(exc).__name__}: {exc}",
                      "extract")
    if isinstance(got, SourceDocument):
        if got.language not in (None, WANTED_LANGUAGE):
            return _error(source, f"language is {language_name(got.language)} "
                                  f"('{got.language}'), not French: not extracted",
                          "language")
        return check_language(got)
    return got


def _read_bytes(path: str, limit: int) -> bytes:
    """Read at most `limit` bytes (the file may have grown since stat)."""
    with open(path, "rb") as fh:
        return fh.read(limit)


def _os_reason(exc: OSError, *, link: bool = False) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link (its target does not exist)" if link \
            else "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOTDIR:
        return "no such file or directory (a parent is not a directory)"
    return f"cannot read: {exc.strerror or exc}"


def _collect_file(path: str, st: os.stat_result, max_bytes: int) -> Item:
    if not stat.S_ISREG(st.st_mode):
        return _error(path, "not a regular file")
    if st.st_size == 0:
        return _error(path, "empty file")
    if st.st_size > max_bytes:
        return _error(path, f"file too large: {st.st_size:,} bytes, limit "
                            f"{max_bytes:,} bytes")
    try:
        raw = _read_bytes(path, max_bytes + 1)
    except OSError as exc:
        return _error(path, _os_reason(exc))
    if len(raw) > max_bytes:
        return _error(path, f"file too large: over the limit of {max_bytes:,} bytes")
    if not raw:
        return _error(path, "empty file")
    if Path(path).suffix.lower() in HTML_SUFFIXES:
        return html_document(raw, path)
    return document_from_text(raw, path)


class _Walker:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.seen_files: set[str] = set()
        self.seen_dirs: set[tuple[int, int]] = set()

    def top(self, path: str) -> Iterator[Item]:
        try:
            st = os.stat(path)
        except OSError as exc:
            yield _error(path, _os_reason(exc, link=os.path.islink(path)))
            return
        if stat.S_ISDIR(st.st_mode):
            yield from self.directory(path, st)
        else:
            yield from self.file(path, st)

    def file(self, path: str, st: os.stat_result) -> Iterator[Item]:
        key = os.path.normpath(os.path.abspath(path))
        if key in self.seen_files:
            return
        self.seen_files.add(key)
        try:
            yield _collect_file(path, st, self.max_bytes)
        except Exception as exc:  # never let one input stop the others
            yield _error(path, f"unexpected error: {type(exc).__name__}: {exc}")

    def directory(self, path: str, st: os.stat_result) -> Iterator[Item]:
        ident = (st.st_dev, st.st_ino)
        if ident in self.seen_dirs:
            yield _error(path, "directory already collected (symbolic link loop or "
                               "second link to the same directory): skipped")
            return
        self.seen_dirs.add(ident)
        try:
            with os.scandir(path) as it:
                entries = sorted((e.name for e in it if not e.name.startswith(".")))
        except OSError as exc:
            yield _error(path, _os_reason(exc))
            return
        for name in entries:
            child = os.path.join(path, name)
            try:
                cst = os.stat(child)
            except OSError as exc:
                # a dangling or looping link: report it only if it looks like an input
                if Path(name).suffix.lower() in DIR_SUFFIXES:
                    yield _error(child, _os_reason(exc, link=os.path.islink(child)))
                continue
            if stat.S_ISDIR(cst.st_mode):
                yield from self.directory(child, cst)
            elif Path(name).suffix.lower() in DIR_SUFFIXES:
                yield from self.file(child, cst)
        # a folder with nothing to load (a watched inbox between drops) is not a bad input


def collect_paths(paths: Iterable[str | Path] | str | Path, *,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Expand and collect the given files and directories (see the module docstring)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    walker = _Walker(max_bytes)
    for p in paths:
        path = os.fspath(p)
        if not path:
            yield _error("", "empty path")
            continue
        yield from walker.top(path)
