"""Article URLs from RSS/Atom/JSON feeds and XML/TXT sitemaps, fetched with our own fetcher.

`feed_urls(feed_url, allow_private_hosts=False, settings=None) -> list[str] | IngestError`

The feed (or sitemap) is downloaded with `fetch.py` (timeouts, retries, size limit, SSRF checks on
every hop), then parsed with trafilatura's own code: `trafilatura.feeds.find_links` for RSS, Atom
and JSON Feed, `trafilatura.sitemaps.SitemapObject.process` for sitemaps (nested sitemap indexes
are followed, at most MAX_SITEMAPS documents, each fetched here). trafilatura's download helpers
are never called, and its courlan-based host checks are bypassed because they refuse IP and
`localhost` hosts; links are instead resolved against the feed's final URL, kept if http(s), and
deduplicated by `normalize_url` in feed order. The feed's own URL and the site's home page (a
path of "/") are not articles and are dropped.

An HTML page given as a feed is searched for `<link rel="alternate" type="application/rss+xml|
atom+xml">` (feed autodiscovery) and the first feeds found are read.

Which entries are new is the caller's business (the pipeline drops the normalized URLs it has
already loaded), so a second run over the same feed yields only the entries added since.
"""
from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from newsledger.records import IngestError
from newsledger.ingest.fetch import (DEFAULT_SETTINGS, FEED_TYPES, HTML_TYPES, XML_TYPES, FetchResult, FetchSettings,
                                 fetch_one, make_client, sniff_kind)

__all__ = ["feed_urls", "links_from_feed", "filter_unseen", "MAX_SITEMAPS", "MAX_FEEDS_DISCOVERED"]

MAX_SITEMAPS = 20
MAX_FEEDS_DISCOVERED = 3
MAX_DECOMPRESSED = 50_000_000
FEED_ACCEPT = (HTML_TYPES + FEED_TYPES + XML_TYPES
               + ("application/json", "text/plain", "application/gzip", "application/x-gzip"))

_ALTERNATE = re.compile(r"<link\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(["'])(.*?)\2""", re.S)


def _text(result: FetchResult) -> str:
    data = result.content
    if data.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(MAX_DECOMPRESSED)
        except (OSError, EOFError, zlib.error):
            pass
    for enc in filter(None, (result.charset, "utf-8")):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", errors="replace")


def _accept_link(link: str, base: str, own: set[str]) -> str | None:
    from newsledger.ingest.urls import normalize_url
    link = (link or "").strip()
    if not link:
        return None
    absolute = urljoin(base, link)
    try:
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.path in ("", "/") and not parts.query:
        return None                       # a site's home page, not an article
    norm = normalize_url(absolute)
    return None if norm in own else norm


def links_from_feed(text: str, base_url: str) -> list[str]:
    """Entry links of an RSS/Atom/JSON feed (trafilatura.feeds.find_links). The channel's own
    links (before the first <item>/<entry>: the site, the feed itself) are left out."""
    from courlan import get_hostinfo
    from trafilatura.feeds import FeedParameters, find_links
    domain, base = get_hostinfo(base_url)
    params = FeedParameters(base or base_url, domain or "", base_url)
    text = text.strip()
    first_entry = re.search(r"<(?:item|entry)[\s>]", text)
    if first_entry is None:
        return find_links(text, params)          # JSON Feed, or a feed without entries
    # only the entries: "<rss>" keeps trafilatura's feed sniffing happy for RSS and Atom alike
    return find_links("<rss>" + text[first_entry.start():], params)


def filter_unseen(urls: list[str], seen: set[str] | list[str]) -> list[str]:
    """The URLs whose normalized form is not among `seen` (URLs, normalized or not)."""
    from newsledger.ingest.urls import normalize_url
    known = {normalize_url(u) for u in seen}
    return [u for u in urls if normalize_url(u) not in known]


def _sitemap_links(text: str, url: str) -> tuple[list[str], list[str]]:
    """(page links, nested sitemap links) of one sitemap document, by trafilatura.sitemaps."""
    from courlan import get_hostinfo
    from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SitemapObject
    from trafilatura.utils import safe_relative_url

    class _Sitemap(SitemapObject):
        __slots__ = ()

        def handle_link(self, link: str) -> None:   # no courlan host filtering (refuses IP hosts)
            if link == self.current_url:
                return
            link = safe_relative_url(self.base_url, link)
            (self.sitemap_urls if DETECT_SITEMAP_LINK.search(link) else self.urls).append(link)

    domain, base = get_hostinfo(url)
    sm = _Sitemap(base or url, domain or "", [], target_lang=None, external=True)
    sm.current_url = url
    sm.content = text
    sm.process()
    return sm.urls, sm.sitemap_urls


def _discover_feeds(html: str, base_url: str) -> list[str]:
    found = []
    for tag in _ALTERNATE.findall(html[:500_000]):
        attrs = {m.group(1).lower(): m.group(3) for m in _ATTR.finditer(tag)}
        rel = attrs.get("rel", "").lower().split()
        ctype = attrs.get("type", "").split(";")[0].strip().lower()
        if "alternate" in rel and ctype in FEED_TYPES and attrs.get("href"):
            found.append(urljoin(base_url, attrs["href"].strip()))
    return found[:MAX_FEEDS_DISCOVERED]


def feed_urls(feed_url: str, *, allow_private_hosts: bool = False,
              settings: FetchSettings | None = None) -> list[str] | IngestError:
    """Article URLs listed by a feed or sitemap, normalized, deduplicated, in document order.
    Never raises: a feed that cannot be fetched or parsed is an IngestError (stage 'feed')."""
    settings = replace(settings or DEFAULT_SETTINGS, accept_types=FEED_ACCEPT)
    try:
        client = make_client(settings, allow_private_hosts)
    except Exception as exc:  # noqa: BLE001
        return IngestError(feed_url, "feed", f"cannot create an HTTP client: {exc}")
    try:
        return _feed_urls(client, feed_url, settings)
    except Exception as exc:  # noqa: BLE001 - a bad feed must never stop the run
        return IngestError(feed_url, "feed", f"unexpected error reading the feed: {exc.__class__.__name__}: {exc}")
    finally:
        client.close()


def _fetch(client, url: str, settings: FetchSettings) -> FetchResult | IngestError:
    got = fetch_one(client, url, settings, accept=FEED_ACCEPT, pages_only=False)
    if isinstance(got, IngestError):
        return IngestError(got.source, "feed", got.error)
    return got


def _feed_urls(client, feed_url: str, settings: FetchSettings) -> list[str] | IngestError:
    from newsledger.ingest.urls import normalize_url
    first = _fetch(client, feed_url, settings)
    if isinstance(first, IngestError):
        return first
    own = {normalize_url(feed_url), normalize_url(first.final_url)}
    out: list[str] = []

    def add(links: list[str], base: str) -> None:
        for link in links:
            norm = _accept_link(link, base, own)
            if norm and norm not in out:
                out.append(norm)

    text = _text(first)
    kind = sniff_kind(text[:2048].encode("utf-8", "replace"))
    if kind == "html":
        feeds = _discover_feeds(text, first.final_url)
        if not feeds:
            return IngestError(feed_url, "feed", "an HTML page without a feed link: not an RSS/Atom feed or a sitemap")
        for f in feeds:
            got = _fetch(client, f, settings)
            if isinstance(got, IngestError):
                continue
            own.add(normalize_url(got.final_url))
            add(links_from_feed(_text(got), got.final_url), got.final_url)
        return out
    if kind in ("feed", "json"):
        links = links_from_feed(text, first.final_url)
        if not links and kind == "json":
            return IngestError(feed_url, "feed", "JSON without feed items: not a JSON Feed")
        add(links, first.final_url)
        return out
    if kind in ("sitemap", "xml") or (kind is None and re.search(r"^\s*https?://", text, re.M)):
        queue, seen = [(first.final_url, text)], {normalize_url(first.final_url)}
        fetched = 1
        while queue:
            url, body = queue.pop(0)
            pages, nested = _sitemap_links(body, url)
            add(pages, url)
            for n in nested:
                key = normalize_url(urljoin(url, n))
                if key in seen or fetched >= MAX_SITEMAPS:
                    continue
                seen.add(key)
                own.add(key)
                got = _fetch(client, urljoin(url, n), settings)
                fetched += 1
                if isinstance(got, IngestError):
                    continue
                queue.append((got.final_url, _text(got)))
        if not out and kind == "xml":
            return IngestError(feed_url, "feed", "XML that is neither an RSS/Atom feed nor a sitemap")
        return out
    return IngestError(feed_url, "feed", f"not an RSS/Atom/JSON feed or a sitemap "
                       f"(content type {first.content_type or 'missing'})")
