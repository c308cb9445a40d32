"""Web pages in: HTML bytes -> SourceDocument (trafilatura), and URLs -> documents.

Pure library code: no Prefect, no DuckDB. The Prefect flow and the CLI call

* `document_from_html(raw, source, source_kind, url=None)` for a page already in hand (a local
  `.html` file or a fetched body): decoding, extraction with metadata, quality gates, language;
* `fetch_documents(urls, allow_private_hosts=False, settings=None)`: fetch (see `fetch.py`:
  timeouts, retries, per-host limit, size and type checks, SSRF protection) + `document_from_html`,
  one result per URL in input order;
URL normalisation and simhash live in `urls.py`, feeds and sitemaps in `feeds.py`.

Every function here returns an `IngestError` with a readable reason instead of raising.

What `document_from_html` does, in order:
1. gzip-compressed input (a `.html.gz` file) is decompressed (bounded).
2. Decoding: a declared charset (HTTP header, else `<meta charset>`/`http-equiv`) is trusted only
   if the bytes agree with it: a page declared ISO-8859-1/Windows-1252 whose bytes are valid UTF-8
   with multi-byte sequences is read as UTF-8; a page declared UTF-8 (or anything) whose bytes do
   not decode strictly is decoded by detection (`newsledger.ingest.text.decode_bytes`: tolerant UTF-8,
   Windows-1252, charset-normalizer). Latin-1/ASCII labels mean Windows-1252 (as in browsers).
3. Non-HTML bodies (feeds, sitemaps, JSON, PDF, images) are refused before extraction.
4. `trafilatura.bare_extraction(..., with_metadata=True)`: main text (comments excluded), title,
   date -> `published_at` (ISO `YYYY-MM-DD`), site name, author; a trailing site name is removed
   from the title ("Titre - Le Site" -> "Titre", see `clean_title`).
5. Quality gates (stage 'extract'): no text -> "empty extraction"; template placeholders such as
   `{{...}}` or an empty client-side-rendered shell -> "JavaScript-only page"; too little text
   (< MIN_BODY_CHARS), fewer than MIN_SENTENCES sentences, or text mostly outside sentences
   (menus, listings; < MIN_PROSE_RATIO) -> rejected with the measure that failed; a live blog
   ("en direct", "revivez", "live" in the title) with under LIVE_MAX_CHARS of text -> "live blog".
6. A leading byline/dateline line ("AFP, publié le mardi 16 juin 2020 à 14h24") is removed from
   the body (it is page furniture, not article text).
7. Language (stage 'language'): `newsledger.ingest.language.detect_language` on the body; anything
   but French is refused with the language named (recorded, not extracted). When the detector is
   unsure, the page's declared `lang` decides.
8. `content_hash(title, body)`, trafilatura's `Simhash` of the body (63 bits: fits BIGINT), and the original bytes
   gzip-compressed (deterministic: mtime 0) for re-extraction.
"""
from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from collections.abc import Collection, Iterator
from urllib.parse import urlsplit

from newsledger.records import IngestError, SourceDocument
from newsledger.ingest.fetch import (DEFAULT_SETTINGS, FetchResult, FetchSettings, KIND_REASONS,
                                 fetch_many, sniff_kind)
from newsledger.ingest.language import detect_language, is_foreign_headline, language_name
from newsledger.ingest.text import content_hash, decode_bytes, normalize_text
from newsledger.ingest.urls import simhash_of

__all__ = ["document_from_html", "fetch_documents", "decode_html", "clean_title", "FetchSettings",
           "DEFAULT_LANGUAGES", "MIN_BODY_CHARS", "MIN_PROSE_RATIO", "MIN_SENTENCES"]

DEFAULT_LANGUAGES = ("fr",)
MIN_BODY_CHARS = 250            # below this, the page holds no article (after byline removal)
MIN_PROSE_RATIO = 0.35          # share of the text in sentence-like lines
MIN_SENTENCES = 3               # an article has at least this many sentences
MAX_DECOMPRESSED = 20_000_000

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.I)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}", re.S)
_JS_APP_MARKERS = re.compile(
    r"""ng-app|ng-controller|data-reactroot|id=["'](?:root|app|__next|__nuxt)["']|__NEXT_DATA__|"""
    r"""window\.__INITIAL_STATE__|enable javascript|activer (?:le )?javascript|javascript (?:is )?required""",
    re.I)
_BYLINE = re.compile(
    r"^[^\n]{0,120}?\b(?:publi[ée]e? le|mis à jour le|modifi[ée]e? le|published on|updated on)\b[^\n]{0,80}$",
    re.I)
_SENTENCE_END = re.compile(r"""[.!?…:;]["'»”)\]]*(?:\s|$)""")
_SENTENCE = re.compile(r"""[^\W_][.!?…]["'»”)\]]*(?:\s|$)""")
_WESTERN_LABELS = {"latin_1", "iso8859_1", "ascii", "iso8859_15", "cp1252"}


# ---------------------------------------------------------------------------- decoding

def _maybe_gunzip(raw: bytes) -> bytes:
    if not raw.startswith(b"\x1f\x8b"):
        return raw
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as fh:
            data = fh.read(MAX_DECOMPRESSED + 1)
    except (OSError, EOFError, zlib.error):
        return raw
    return data[:MAX_DECOMPRESSED]


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    # WHATWG Encoding: the labels latin1/iso-8859-1/ascii all mean windows-1252
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return name


def _declared_charset(raw: bytes) -> str | None:
    head = raw[:8192]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(raw: bytes, http_charset: str | None = None) -> tuple[str | None, str]:
    """(text, how) or (None, reason). Never raises. See the module docstring, step 2."""
    declared_label = http_charset or _declared_charset(raw)
    declared = _codec(declared_label)
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        got = decode_bytes(raw)
        return (got.text, f"{got.encoding}") if got.ok else (None, got.error or "undecodable")
    if declared and declared != "utf-8":
        if declared.replace("-", "_") in _WESTERN_LABELS or declared.startswith(("cp125", "iso8859")):
            # a single-byte charset decodes anything: check the bytes are not UTF-8 in disguise
            if _UTF8_MULTIBYTE.search(raw):
                try:
                    return raw.decode("utf-8"), f"utf-8 (declared {declared_label}, but the bytes are UTF-8)"
                except UnicodeDecodeError:
                    pass
        try:
            return raw.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    else:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    got = decode_bytes(raw)
    if not got.ok:
        return None, got.error or "undecodable"
    note = f"{got.encoding}"
    if declared_label:
        note += f" (declared {declared_label}, which the bytes contradict)"
    return got.text, note


# ---------------------------------------------------------------------------- quality gates

def _prose_ratio(text: str) -> float:
    """Share of characters in lines that look like sentences (>= 6 words with a sentence end)."""
    total = prose = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        total += len(line)
        if len(line.split()) >= 6 and _SENTENCE_END.search(line):
            prose += len(line)
    return prose / total if total else 0.0


def _strip_byline(body: str) -> str:
    lines = body.split("\n", 1)
    if len(lines) == 2 and _BYLINE.match(lines[0].strip()):
        return lines[1].lstrip()
    return body


_LIVE_TITLE = re.compile(r"\b(?:en direct|revivez|live)\b|^\s*direct\b", re.I)
LIVE_MAX_CHARS = 2000           # a live page with less text than this has its posts loaded by JavaScript
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—·•]\s+")


def _squash(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.casefold())


def clean_title(title: str | None, site_name: str | None = None, url: str | None = None) -> str | None:
    """Whitespace collapsed, a trailing date segment removed, and a trailing site name removed
    ("Titre - Le Site", "Titre | Site - Slogan"): the part after a separator is dropped when it
    names the site (is part of the site name, or of the host name without "www." and the TLD)."""
    if not title:
        return None
    title = " ".join(normalize_text(title).split())
    names = set()
    if site_name:
        names.add(_squash(site_name))
    if url:
        try:
            host = (urlsplit(url).hostname or "").removeprefix("www.")
        except ValueError:
            host = ""
        if host and not re.fullmatch(r"[\d.:]+", host):
            names.add(_squash(host.rsplit(".", 1)[0]))
    names.discard("")
    # a trailing date segment is not part of a headline ("Titre | DW | 23.05.2011")
    title = re.sub(r"(?:\s+[-|–—·•]\s+\d{1,4}[./-]\d{1,2}[./-]\d{1,4})+$", "", title)
    parts = list(_TITLE_SEPARATOR.finditer(title))
    if names and parts:
        for sep in parts:                        # leftmost first: "T - Site - Slogan" -> "T"
            head, suffix = title[:sep.start()], _squash(title[sep.end():])
            if len(head) >= 10 and len(suffix) >= 2 and any(suffix in n for n in names):
                return head.strip()
    return title or None


def _html_lang(text: str) -> str | None:
    m = re.search(r"""<html[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2,3})""", text[:4096], re.I)
    return m.group(1).lower() if m else None


# ---------------------------------------------------------------------------- extraction

def _date_iso(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    return value if re.match(r"^\d{4}-\d{2}-\d{2}", value) else None


def document_from_html(raw: bytes, source: str, source_kind: str, url: str | None = None, *,
                       http_charset: str | None = None,
                       languages: Collection[str] | None = DEFAULT_LANGUAGES,
                       min_chars: int = MIN_BODY_CHARS) -> SourceDocument | IngestError:
    """Extract one HTML page. `languages=None` keeps any language (for tests and tools)."""
    try:
        return _document_from_html(raw, source, source_kind, url, http_charset, languages, min_chars)
    except Exception as exc:  # noqa: BLE001 - a bad page must never stop the run
        return IngestError(source=source, stage="extract",
                           error=f"unexpected extraction error: {exc.__class__.__name__}: {exc}")


def _document_from_html(raw, source, source_kind, url, http_charset, languages, min_chars):
    if not isinstance(raw, (bytes, bytearray)):
        return IngestError(source, "extract", f"expected bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    if not raw.strip():
        return IngestError(source, "extract", "empty page (no content)")
    html_bytes = _maybe_gunzip(raw)
    kind = sniff_kind(html_bytes[:2048])
    if kind in KIND_REASONS:
        return IngestError(source, "extract", f"not an HTML page: {KIND_REASONS[kind]}")
    text, how = decode_html(html_bytes, http_charset)
    if text is None:
        return IngestError(source, "extract", f"cannot decode the page: {how}")

    import trafilatura  # heavy import, deferred
    doc = trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False)
    body = normalize_text(doc.text or "").strip() if doc is not None else ""
    js_app = bool(_JS_APP_MARKERS.search(text))
    if not body:
        if js_app:
            return IngestError(source, "extract", "JavaScript-only page: the HTML is an empty shell "
                               "rendered client-side, no article text")
        return IngestError(source, "extract", "empty extraction: no main text found in the page")

    placeholders = _PLACEHOLDER.findall(body)
    if placeholders:
        ph_chars = sum(len(p) for p in placeholders)
        rest = _PLACEHOLDER.sub(" ", body)
        if ph_chars >= 0.2 * len(body) or len(rest.strip()) < min_chars:
            return IngestError(source, "extract",
                               f"JavaScript-only page: {len(placeholders)} unrendered template "
                               f"placeholder(s) such as {placeholders[0][:40]!r} make up "
                               f"{ph_chars * 100 // len(body)}% of the extracted text")
    body = _strip_byline(body)
    if len(body) < min_chars:
        if js_app:
            return IngestError(source, "extract", f"JavaScript-only page: {len(body)} characters of "
                               "text in a client-side-rendered shell")
        return IngestError(source, "extract", f"too little text: {len(body)} characters extracted "
                           f"(minimum {min_chars}); not an article")
    sentences = len(_SENTENCE.findall(body))
    if sentences < MIN_SENTENCES:
        return IngestError(source, "extract", f"not article text: {sentences} sentence(s) in {len(body)} "
                           f"characters (minimum {MIN_SENTENCES}; shop, video or teaser page)")
    ratio = _prose_ratio(body)
    if ratio < MIN_PROSE_RATIO:
        return IngestError(source, "extract", f"not article text: only {ratio:.0%} of the extracted text "
                           "is in sentences (navigation, listing, shop or video page)")

    title = clean_title(doc.title, doc.sitename, url or (source if source_kind == "url" else None))
    if title and _LIVE_TITLE.search(title) and len(body) < LIVE_MAX_CHARS:
        return IngestError(source, "extract", f"live blog: the page holds only its introduction "
                           f"({len(body)} characters); the live posts are loaded by JavaScript")
    code = detect_language(body)
    if languages is not None:
        declared = (doc.language or _html_lang(text) or "").lower()[:2] or None
        effective = code or declared
        if effective not in languages:
            wanted = "/".join(language_name(c) for c in languages)
            if code:
                why = f"language is {language_name(code)} ({code}), not {wanted}: recorded, not extracted"
            else:
                why = (f"language not recognised (detector unsure; page declares "
                       f"{declared or 'nothing'}), not {wanted}: recorded, not extracted")
            return IngestError(source, "language", why)
        code = effective

    return SourceDocument(
        source=source,
        source_kind=source_kind,
        title=title,
        body=body,
        content_hash=content_hash(title, body),
        language=code,
        published_at=_date_iso(doc.date),
        site_name=(doc.sitename or None),
        author=(doc.author or None),
        raw_html=gzip.compress(raw, mtime=0),
        simhash=simhash_of(body),
        foreign_title=is_foreign_headline(title, code or "fr"),
    )


# ---------------------------------------------------------------------------- URLs

def fetch_documents(urls: list[str], *, allow_private_hosts: bool = False,
                    settings: FetchSettings | None = None,
                    languages: Collection[str] | None = DEFAULT_LANGUAGES) -> Iterator[SourceDocument | IngestError]:
    """Fetch and extract each URL; yields one SourceDocument or IngestError per URL, in order.
    Never raises for a bad URL; one bad URL never stops the others."""
    settings = settings or DEFAULT_SETTINGS
    for result in fetch_many(urls, allow_private_hosts=allow_private_hosts, settings=settings):
        if isinstance(result, IngestError):
            yield result
            continue
        yield _document_from_fetch(result, languages)


def _document_from_fetch(result: FetchResult, languages) -> SourceDocument | IngestError:
    return document_from_html(result.content, result.url, "url", url=result.final_url,
                              http_charset=result.charset, languages=languages)
