"""HTTP fetching for web ingestion: polite, bounded and safe against server-side request forgery.

Pure library code (no Prefect, no DuckDB). `fetch_many` downloads a list of URLs with a thread
pool and a per-host concurrency limit and returns, for each URL in input order, either a
`FetchResult` (an HTML page, decoded transfer encoding, at most `max_bytes`) or an `IngestError`
(stage 'fetch') with a readable reason. It never raises for a bad URL.

Limits and politeness (all in `FetchSettings`): connect/read timeouts plus an overall deadline
per attempt, retries with exponential backoff on timeouts, connection errors, 429 and 5xx
(Retry-After honoured up to `backoff_max`), a maximum page size enforced while streaming (also on
decompressed bytes: no gzip bombs), a content-type check (HTML only) and redirect handling done
by hand so that every hop is checked (loops, too many hops, non-HTTP schemes).

Server-side request forgery: unless `allow_private_hosts`, a connection is only opened to an
address that is globally routable. The check is made in the socket layer at connect time (a
custom httpcore network backend resolves the host, rejects non-global addresses and connects to
the validated address itself), so it applies to every redirect hop and cannot be bypassed by DNS
rebinding between a check and the connection. Environment proxies are not used (trust_env=False).
"""
from __future__ import annotations

import email.utils
import ipaddress
import random
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newsledger.records import IngestError

__all__ = ["FetchSettings", "FetchResult", "BlockedAddressError", "fetch_many", "fetch_one",
           "check_address", "make_client", "DEFAULT_SETTINGS"]

HTML_TYPES = ("text/html", "application/xhtml+xml")
# types that may hide an HTML page (decided by sniffing the body)
SNIFF_TYPES = ("", "text/plain", "application/octet-stream", "binary/octet-stream")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
              "application/rss", "application/atom", "text/rss", "text/atom", "application/x-rss+xml",
              "application/x-atom+xml")
XML_TYPES = ("application/xml", "text/xml")
REDIRECT_CODES = (301, 302, 303, 307, 308)
RETRY_STATUS = (408, 425, 429, 500, 502, 503, 504)


@dataclass(frozen=True)
class FetchSettings:
    connect_timeout: float = 5.0      # seconds to open a TCP (and TLS) connection
    read_timeout: float = 15.0        # seconds between two received chunks
    total_timeout: float = 60.0       # seconds for one whole attempt (a slow drip is cut off)
    retries: int = 2                  # further attempts after the first one
    backoff_base: float = 0.5         # first backoff (seconds), doubled each attempt, +/-25% jitter
    backoff_max: float = 8.0          # cap of one backoff, and of an honoured Retry-After
    max_bytes: int = 5_000_000        # largest page accepted (after content decoding)
    max_redirects: int = 10
    per_host_concurrency: int = 2     # simultaneous requests to one host
    max_workers: int = 8              # simultaneous requests overall
    user_agent: str = "newsledger/0.1 (news ETL; +https://example.invalid/newsledger)"
    accept_types: tuple[str, ...] = HTML_TYPES   # content types fetched as pages
    # host names (as written in URLs, lower case) allowed even if they resolve to private
    # addresses: an allow-list for a known intranet source, narrower than allow_private_hosts
    allowed_private_hosts: frozenset[str] = frozenset()


DEFAULT_SETTINGS = FetchSettings()


@dataclass
class FetchResult:
    url: str                          # as requested
    final_url: str                    # after redirects
    status: int
    content_type: str                 # media type, lower case, without parameters
    charset: str | None               # charset parameter of the Content-Type header, if any
    content: bytes                    # body, transfer/content encoding removed
    redirects: list[str] = field(default_factory=list)
    attempts: int = 1


class BlockedAddressError(Exception):
    """A connection to a non-public address was refused (SSRF protection)."""


class _FetchFailure(Exception):
    def __init__(self, reason: str, retryable: bool = False, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after


# ---------------------------------------------------------------------------- address checks

def _address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why this address may not be contacted by default, or None if it is a public address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attr, label in (("is_loopback", "loopback"), ("is_link_local", "link-local"),
                        ("is_private", "private"), ("is_multicast", "multicast"),
                        ("is_unspecified", "unspecified"), ("is_reserved", "reserved")):
        if getattr(ip, attr):
            return label
    if not ip.is_global:
        return "non-global"
    return None


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _FetchFailure(f"DNS resolution failed for host {host!r}: {exc.strerror or exc}") from None
    except (UnicodeError, ValueError) as exc:
        raise _FetchFailure(f"invalid host name {host!r}: {exc}") from None
    addresses: list[str] = []
    for info in infos:
        addr = info[4][0]
        if addr not in addresses:
            addresses.append(addr)
    return addresses


def check_address(host: str, port: int = 80, allow_private_hosts: bool = False) -> list[str]:
    """Resolve `host` and return the addresses that may be contacted.

    Raises BlockedAddressError (SSRF protection) when every address is non-public and
    `allow_private_hosts` is False, _FetchFailure when the name does not resolve."""
    addresses = _resolve(host, port)
    if allow_private_hosts:
        return addresses
    allowed, refused = [], []
    for addr in addresses:
        problem = _address_problem(ipaddress.ip_address(addr.split("%", 1)[0]))
        (refused if problem else allowed).append((addr, problem))
    if refused:
        # one non-public address is enough to refuse: a host that mixes them is suspect
        addr, problem = refused[0]
        raise BlockedAddressError(
            f"refused (SSRF protection): host {host!r} resolves to {problem} address {addr}; "
            "allow private hosts (--allow-private-hosts) to fetch local sources")
    return [a for a, _ in allowed]


class _GuardedBackend(httpcore.SyncBackend):
    """httpcore network backend that resolves the host itself, refuses non-public addresses and
    connects to a validated address (no second, unchecked resolution)."""

    def __init__(self, allow_private_hosts: bool, allowed_hosts: frozenset[str] = frozenset()):
        super().__init__()
        self.allow_private_hosts = allow_private_hosts
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        allow = self.allow_private_hosts or host.lower().strip("[]") in self.allowed_hosts
        try:
            addresses = check_address(host, port, allow)
        except _FetchFailure as exc:
            raise httpcore.ConnectError(exc.reason) from None
        last: Exception | None = None
        for addr in addresses:
            try:
                return super().connect_tcp(addr, port, timeout=timeout, local_address=local_address,
                                           socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last


def make_client(settings: FetchSettings, allow_private_hosts: bool) -> httpx.Client:
    timeout = httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                            write=settings.read_timeout, pool=settings.total_timeout)
    limits = httpx.Limits(max_connections=max(settings.max_workers, 1) * 2,
                          max_keepalive_connections=max(settings.max_workers, 1))
    transport = httpx.HTTPTransport(limits=limits, retries=0)
    # the pool is created by HTTPTransport; swap in the guarded network backend
    transport._pool._network_backend = _GuardedBackend(allow_private_hosts, settings.allowed_private_hosts)  # noqa: SLF001
    return httpx.Client(transport=transport, timeout=timeout, follow_redirects=False, trust_env=False,
                        headers={"User-Agent": settings.user_agent,
                                 "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                                 "Accept-Language": "fr,fr-FR;q=0.9,en;q=0.5"})


# ---------------------------------------------------------------------------- sniffing

def sniff_kind(head: bytes) -> str | None:
    """Classify the beginning of a body: 'html', 'feed', 'sitemap', 'xml', 'pdf', 'image', 'json',
    'gzip' or None (unknown, probably text)."""
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if h.startswith(b"%pdf"):
        return "pdf"
    if h.startswith((b"\x89png", b"gif8", b"\xff\xd8\xff")) or (h[:4] == b"riff" and h[8:12] == b"webp"):
        return "image"
    if h.startswith(b"\x1f\x8b"):
        return "gzip"
    if h.startswith((b"{", b"[")):
        return "json"
    window = h[:1024]
    if window.startswith(b"<?xml") or window.startswith(b"<rss") or window.startswith(b"<feed") \
            or window.startswith(b"<rdf") or window.startswith(b"<urlset") or window.startswith(b"<sitemapindex"):
        if b"<html" in window:
            return "html"          # XHTML with an XML declaration
        if b"<rss" in window or b"<feed" in window or b"<rdf:rdf" in window:
            return "feed"
        if b"<urlset" in window or b"<sitemapindex" in window:
            return "sitemap"
        return "xml"
    if b"<html" in window or b"<!doctype html" in window or b"<head" in window or b"<body" in window:
        return "html"
    return None


KIND_REASONS = {
    "pdf": "a PDF document, not an HTML page",
    "image": "an image, not an HTML page",
    "json": "JSON, not an HTML page",
    "feed": "an RSS/Atom feed, not an article (give it as a feed)",
    "sitemap": "an XML sitemap, not an article (give it as a feed)",
    "xml": "an XML document, not an HTML page",
    "gzip": "a compressed archive, not an HTML page",
}


def _content_type_problem(content_type: str, accept: Sequence[str]) -> str | None:
    """Reason to refuse a response from its media type, None if acceptable or to be sniffed."""
    if content_type in accept or content_type in SNIFF_TYPES:
        return None
    if content_type.startswith("image/"):
        return f"content type {content_type}: an image, not an HTML page"
    if content_type == "application/pdf":
        return "content type application/pdf: a PDF document, not an HTML page"
    if content_type in FEED_TYPES:
        return f"content type {content_type}: an RSS/Atom feed, not an article (give it as a feed)"
    if content_type in ("application/json",) or content_type.endswith("+json"):
        return f"content type {content_type}: JSON, not an HTML page"
    if content_type in XML_TYPES or content_type.endswith("+xml"):
        return f"content type {content_type}: XML (feed or sitemap?), not an HTML page"
    return f"content type {content_type or 'missing'}: not an HTML page"


def _parse_content_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    parts = [p.strip() for p in value.split(";")]
    media = parts[0].lower()
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip("\"'") or None
    return media, charset


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------- one URL

def _check_url(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"invalid URL: {exc}"
    if parts.scheme not in ("http", "https"):
        return f"unsupported URL scheme {parts.scheme or '(none)'!r}: only http and https are fetched"
    if not parts.hostname:
        return "invalid URL: no host"
    try:
        parts.port
    except ValueError as exc:
        return f"invalid URL: {exc}"
    return None


def _attempt(client: httpx.Client, url: str, settings: FetchSettings, accept: Sequence[str],
             pages_only: bool = True) -> FetchResult:
    """One attempt: follow redirects by hand, check type and size, read the body."""
    redirects: list[str] = []
    seen = {url}
    current = url
    deadline = time.monotonic() + settings.total_timeout
    while True:
        problem = _check_url(current)
        if problem:
            raise _FetchFailure(problem if not redirects else f"redirect to {current}: {problem}")
        try:
            with client.stream("GET", current) as resp:
                if resp.status_code in REDIRECT_CODES:
                    location = resp.headers.get("location")
                    if not location:
                        raise _FetchFailure(f"HTTP {resp.status_code} redirect without a Location header")
                    target = urljoin(current, location.strip())
                    if target in seen:
                        raise _FetchFailure(f"redirect loop: {current} redirects back to {target} "
                                            f"after {len(redirects) + 1} hop(s)")
                    if len(redirects) >= settings.max_redirects:
                        raise _FetchFailure(f"too many redirects (more than {settings.max_redirects})")
                    redirects.append(target)
                    seen.add(target)
                    current = target
                    continue
                if resp.status_code >= 400:
                    phrase = resp.reason_phrase or ""
                    retryable = resp.status_code in RETRY_STATUS or resp.status_code >= 500
                    raise _FetchFailure(f"HTTP {resp.status_code} {phrase}".strip(), retryable=retryable,
                                        retry_after=_retry_after(resp.headers.get("retry-after")))
                media, charset = _parse_content_type(resp.headers.get("content-type"))
                problem = _content_type_problem(media, accept)
                if problem:
                    raise _FetchFailure(problem)
                length = resp.headers.get("content-length")
                if length and length.isdigit() and int(length) > settings.max_bytes \
                        and "content-encoding" not in resp.headers:
                    raise _FetchFailure(f"page too large: Content-Length {int(length)} bytes exceeds "
                                        f"the limit of {settings.max_bytes} bytes")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > settings.max_bytes:
                        raise _FetchFailure(f"page too large: more than {settings.max_bytes} bytes "
                                            "(download aborted)")
                    if time.monotonic() > deadline:
                        raise _FetchFailure(f"timeout: page not received within {settings.total_timeout:g} s",
                                            retryable=True)
                    chunks.append(chunk)
                content = b"".join(chunks)
                kind = sniff_kind(content[:2048])
                if not pages_only:
                    pass                     # the caller classifies the body (feeds, sitemaps)
                elif media in accept:
                    if kind in KIND_REASONS and kind != "gzip":
                        raise _FetchFailure(f"served as {media} but the body is {KIND_REASONS[kind]}")
                elif kind != "html":
                    what = KIND_REASONS.get(kind or "", "not recognisable as HTML")
                    raise _FetchFailure(f"content type {media or 'missing'} and the body is {what}")
                return FetchResult(url=url, final_url=current, status=resp.status_code, content_type=media,
                                   charset=charset, content=content, redirects=redirects)
        except BlockedAddressError as exc:
            prefix = f"redirect to {current}: " if redirects else ""
            raise _FetchFailure(prefix + str(exc)) from None
        except httpx.ConnectTimeout:
            raise _FetchFailure(f"connect timeout after {settings.connect_timeout:g} s", retryable=True) from None
        except httpx.ReadTimeout:
            raise _FetchFailure(f"read timeout: no data for {settings.read_timeout:g} s", retryable=True) from None
        except httpx.TimeoutException as exc:
            raise _FetchFailure(f"timeout: {exc.__class__.__name__}", retryable=True) from None
        except httpx.ConnectError as exc:
            msg = str(exc) or exc.__class__.__name__
            retryable = not msg.startswith(("DNS resolution failed", "invalid host name"))
            raise _FetchFailure(f"connection failed: {msg}" if retryable else msg, retryable=retryable) from None
        except httpx.DecodingError as exc:
            raise _FetchFailure(f"could not decode the response body: {exc}") from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise _FetchFailure(f"connection broken: {exc or exc.__class__.__name__}", retryable=True) from None
        except httpx.InvalidURL as exc:
            raise _FetchFailure(f"invalid URL: {exc}") from None
        except httpx.HTTPError as exc:
            raise _FetchFailure(f"HTTP error: {exc.__class__.__name__}: {exc}") from None


def _backoff(settings: FetchSettings, attempt: int, retry_after: float | None) -> float:
    if retry_after is not None:
        return min(retry_after, settings.backoff_max)
    delay = min(settings.backoff_base * (2 ** attempt), settings.backoff_max)
    return delay * random.uniform(0.75, 1.25)


def fetch_one(client: httpx.Client, url: str, settings: FetchSettings = DEFAULT_SETTINGS,
              accept: Sequence[str] | None = None, pages_only: bool = True) -> FetchResult | IngestError:
    """Fetch one URL with retries; never raises for a bad URL or a bad response.
    `pages_only=False` skips the check that the body is an HTML page (for feeds and sitemaps)."""
    accept = tuple(accept or settings.accept_types)
    attempt = 0
    while True:
        try:
            result = _attempt(client, url, settings, accept, pages_only)
            result.attempts = attempt + 1
            return result
        except _FetchFailure as exc:
            if exc.retryable and attempt < settings.retries:
                time.sleep(_backoff(settings, attempt, exc.retry_after))
                attempt += 1
                continue
            reason = exc.reason
            if attempt:
                reason += f" (after {attempt + 1} attempts)"
            return IngestError(source=url, stage="fetch", error=reason)
        except Exception as exc:  # noqa: BLE001 - one URL must never stop the others
            return IngestError(source=url, stage="fetch", error=f"unexpected error: {exc.__class__.__name__}: {exc}")


# ---------------------------------------------------------------------------- many URLs

class _HostLimiter:
    def __init__(self, per_host: int):
        self.per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._sems: dict[str, threading.BoundedSemaphore] = {}

    def __call__(self, url: str) -> threading.BoundedSemaphore:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host = ""
        with self._lock:
            if host not in self._sems:
                self._sems[host] = threading.BoundedSemaphore(self.per_host)
            return self._sems[host]


def fetch_many(urls: Sequence[str], *, allow_private_hosts: bool = False,
               settings: FetchSettings | None = None,
               accept: Sequence[str] | None = None) -> Iterator[FetchResult | IngestError]:
    """Fetch `urls` concurrently (per-host limit) and yield results in input order."""
    settings = settings or DEFAULT_SETTINGS
    urls = list(urls)
    if not urls:
        return
    limiter = _HostLimiter(settings.per_host_concurrency)
    client = make_client(settings, allow_private_hosts)

    def task(url: str) -> FetchResult | IngestError:
        # the limit is per host of the URL as given (redirect targets share the slot of their origin)
        with limiter(url):
            return fetch_one(client, url, settings, accept)

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(settings.max_workers, len(urls))),
                                thread_name_prefix="newsledger-fetch") as pool:
            futures = [pool.submit(task, u) for u in urls]
            for url, fut in zip(urls, futures):
                try:
                    yield fut.result()
                except Exception as exc:  # noqa: BLE001
                    yield IngestError(source=url, stage="fetch", error=f"unexpected error: {exc}")
    finally:
        client.close()
