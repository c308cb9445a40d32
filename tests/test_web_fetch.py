"""Web ingestion against a real HTTP server on 127.0.0.1: every bad input gets its reason."""
from __future__ import annotations

import gzip
import socket
import time

import pytest

from newsledger.records import IngestError, SourceDocument
from newsledger.ingest.fetch import BlockedAddressError, FetchSettings, check_address
from newsledger.ingest.text import content_hash
from newsledger.ingest.html import document_from_html, fetch_documents
from newsledger.ingest.urls import is_near_duplicate, normalize_url, simhash_of
from http_fixture import french_page

FAST = FetchSettings(connect_timeout=1.0, read_timeout=0.5, total_timeout=3.0, retries=2,
                     backoff_base=0.01, backoff_max=0.05, max_bytes=200_000, max_redirects=5,
                     per_host_concurrency=4, max_workers=8)


def fetch1(url: str, settings: FetchSettings = FAST, allow: bool = True) -> SourceDocument | IngestError:
    results = list(fetch_documents([url], allow_private_hosts=allow, settings=settings))
    assert len(results) == 1
    return results[0]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------------ good pages

def test_french_page_becomes_a_document(web_server):
    url = web_server.url("/page/fr")
    doc = fetch1(url)
    assert isinstance(doc, SourceDocument), doc
    assert doc.source == url and doc.source_kind == "url"
    assert doc.title == "Accord en vue sur le contrôle des exportations d'armes"
    assert doc.published_at == "2024-03-05"
    assert doc.language == "fr"
    assert doc.site_name == "Le Courrier fictif"
    assert doc.author == "Camille Fictive"
    assert "registre commun des licences" in doc.body
    assert "Mentions légales" not in doc.body and "Accueil" not in doc.body
    assert "publié le" not in doc.body          # the byline line is not article text
    assert doc.content_hash == content_hash(doc.title, doc.body)
    assert gzip.decompress(doc.raw_html) == web_server.pages["fr"][0]
    assert isinstance(doc.simhash, int) and 0 <= doc.simhash < 2 ** 63     # fits int64 and UBIGINT


@pytest.mark.parametrize("page", ["wrong-charset-header", "wrong-charset-meta"])
def test_wrong_charset_declaration_is_decoded_by_detection(web_server, page):
    doc = fetch1(web_server.url(f"/page/{page}"))
    assert isinstance(doc, SourceDocument), doc
    assert "Affaires étrangères" in doc.body and "à Genève" in doc.body
    assert "Ã" not in doc.body and "\ufffd" not in doc.body
    assert doc.title == "Accord en vue sur le contrôle des exportations d'armes"


def test_missing_content_type_is_sniffed(web_server):
    assert isinstance(fetch1(web_server.url("/page/no-type")), SourceDocument)


def test_redirects_are_followed(web_server):
    url = web_server.url("/redirect/3/page/fr")
    doc = fetch1(url)
    assert isinstance(doc, SourceDocument), doc
    assert doc.source == url


def test_gzip_content_encoding(web_server):
    web_server.add("/gz/fr", gzip.compress(web_server.pages["fr"][0]), "text/html; charset=utf-8",
                   headers={"Content-Encoding": "gzip"})
    doc = fetch1(web_server.url("/gz/fr"))
    assert isinstance(doc, SourceDocument), doc


# ------------------------------------------------------------------------------ bad inputs

SLOW_ONE_SHOT = FetchSettings(connect_timeout=1.0, read_timeout=0.4, total_timeout=1.0, retries=0,
                              backoff_base=0.01, max_bytes=200_000)

BAD = [
    # path, stage, words of the reason, settings
    ("/status/404", "fetch", ["HTTP 404"], FAST),
    ("/status/410", "fetch", ["HTTP 410"], FAST),
    ("/status/500", "fetch", ["HTTP 500", "after 3 attempts"], FAST),
    ("/slow/3", "fetch", ["read timeout"], SLOW_ONE_SHOT),
    ("/drip/4", "fetch", ["timeout", "not received within 1 s"], SLOW_ONE_SHOT),
    ("/loop/a", "fetch", ["redirect loop"], FAST),
    ("/redirect/9/page/fr", "fetch", ["too many redirects"], FAST),
    ("/page/image.png", "fetch", ["image/png", "image"], FAST),
    ("/page/doc.pdf", "fetch", ["application/pdf"], FAST),
    ("/page/data.json", "fetch", ["application/json", "JSON"], FAST),
    ("/page/feed.rss", "fetch", ["application/rss+xml", "feed"], FAST),
    ("/page/feed-as-html", "fetch", ["served as text/html", "RSS/Atom feed, not an article"], FAST),
    ("/big/300000", "fetch", ["page too large", "download aborted"], FAST),
    ("/big-declared/300000", "fetch", ["page too large", "Content-Length 300000"], FAST),
    ("/page/js-shell", "extract", ["JavaScript-only page"], FAST),
    ("/page/empty", "extract", ["empty extraction"], FAST),
    ("/page/en", "language", ["English", "not French"], FAST),
]


@pytest.mark.parametrize("path,stage,words,settings", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gets_its_reason(web_server, path, stage, words, settings):
    url = web_server.url(path)
    err = fetch1(url, settings)
    assert isinstance(err, IngestError), f"{path} was accepted"
    assert err.source == url
    assert err.stage == stage, err
    for w in words:
        assert w in err.error, err.error


def test_dns_and_connection_errors():
    port = closed_port()
    dns, refused, scheme, garbage = list(fetch_documents(
        ["http://no-such-host.invalid/article", f"http://127.0.0.1:{port}/x", "ftp://example.com/a", "not a url"],
        allow_private_hosts=True, settings=FAST))
    assert dns.stage == "fetch" and "DNS resolution failed" in dns.error
    assert refused.stage == "fetch" and "connection failed" in refused.error
    assert "unsupported URL scheme 'ftp'" in scheme.error
    assert garbage.stage == "fetch" and "unsupported URL scheme" in garbage.error


def test_bad_inputs_never_stop_the_others_and_keep_order(web_server):
    urls = [web_server.url(p) for p in ("/status/404", "/page/fr", "/loop/a", "/page/en", "/page/fr2")]
    results = list(fetch_documents(urls + ["http://[::1", ""], allow_private_hosts=True, settings=FAST))
    assert [r.source for r in results] == urls + ["http://[::1", ""]
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["IngestError", "SourceDocument", "IngestError", "IngestError", "SourceDocument",
                     "IngestError", "IngestError"]


# ------------------------------------------------------------------------------ retries, limits

def test_retries_503_then_succeeds(web_server):
    path = "/flaky/2/retry-ok"
    doc = fetch1(web_server.url(path))
    assert isinstance(doc, SourceDocument), doc
    assert web_server.hits[path] == 3


def test_retries_are_bounded(web_server):
    path = "/flaky/9/retry-exhausted"
    err = fetch1(web_server.url(path))
    assert isinstance(err, IngestError)
    assert "HTTP 503" in err.error and "after 3 attempts" in err.error
    assert web_server.hits[path] == 3


def test_timeouts_are_retried(web_server):
    settings = FetchSettings(read_timeout=0.3, total_timeout=2, retries=1, backoff_base=0.01)
    t0 = time.monotonic()
    err = fetch1(web_server.url("/slow/1.5"), settings)
    assert "read timeout" in err.error and "after 2 attempts" in err.error
    assert web_server.hits["/slow/1.5"] == 2
    assert time.monotonic() - t0 < 2.5


def test_per_host_concurrency_limit(web_server):
    settings = FetchSettings(per_host_concurrency=2, max_workers=6, read_timeout=3, retries=0)
    urls = [web_server.url(f"/slow/0.3?g=perhost&n={i}") for i in range(6)]
    t0 = time.monotonic()
    results = list(fetch_documents(urls, allow_private_hosts=True, settings=settings))
    elapsed = time.monotonic() - t0
    assert all(isinstance(r, SourceDocument) for r in results), results
    assert web_server.max_inflight["perhost"] == 2
    assert elapsed >= 0.85          # 6 requests of 0.3 s, two at a time


# ------------------------------------------------------------------------------ SSRF

def test_private_hosts_refused_by_default(web_server):
    port = web_server.port
    urls = [web_server.url("/page/fr"), f"http://localhost:{port}/page/fr", f"http://[::1]:{port}/page/fr",
            f"http://2130706433:{port}/page/fr", "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/", "http://0.0.0.0:%d/page/fr" % port]
    before = sum(web_server.hits.values())
    results = list(fetch_documents(urls, settings=FAST))
    for url, r in zip(urls, results):
        assert isinstance(r, IngestError), url
        assert r.stage == "fetch"
        assert "refused (SSRF protection)" in r.error, (url, r.error)
        assert "--allow-private-hosts" in r.error
    assert "loopback" in results[0].error
    assert "link-local" in results[4].error and "private" in results[5].error
    assert sum(web_server.hits.values()) == before      # nothing reached the server


def test_private_hosts_allowed_on_request(web_server):
    assert isinstance(fetch1(web_server.url("/page/fr"), allow=True), SourceDocument)


def test_every_redirect_hop_is_checked(web_server):
    # 127.0.0.1 is allow-listed, its redirect to localhost (also loopback) is not
    settings = FetchSettings(allowed_private_hosts=frozenset({"127.0.0.1"}), retries=0)
    target = f"http://localhost:{web_server.port}/page/fr"
    url = web_server.url(f"/redirect-to?url={target}")
    ok = fetch1(web_server.url("/page/fr"), settings, allow=False)
    assert isinstance(ok, SourceDocument), ok
    err = fetch1(url, settings, allow=False)
    assert isinstance(err, IngestError)
    assert err.error.startswith(f"redirect to {target}: refused (SSRF protection)"), err.error


@pytest.mark.parametrize("host,ok", [("93.184.216.34", True), ("2606:4700::1111", True), ("10.1.2.3", False),
                                     ("192.168.1.1", False), ("172.16.0.1", False), ("100.64.0.1", False),
                                     ("::ffff:127.0.0.1", False), ("fe80::1", False), ("fc00::1", False),
                                     ("224.0.0.1", False)])
def test_check_address(host, ok):
    if ok:
        assert check_address(host, 80) == [host]
    else:
        with pytest.raises(BlockedAddressError):
            check_address(host, 80)
        assert check_address(host, 80, allow_private_hosts=True)


# ------------------------------------------------------------------------------ pure helpers

def test_document_from_html_local_file_bytes():
    raw = french_page().encode("utf-8")
    given = gzip.compress(raw)   # compressed once: gzip stamps the current second into its header
    doc = document_from_html(given, "x.html.gz", "file")
    assert isinstance(doc, SourceDocument) and doc.source_kind == "file"
    assert doc.published_at == "2024-03-05"
    assert gzip.decompress(doc.raw_html) == given   # the original bytes, as given
    err = document_from_html(b"", "e.html", "file")
    assert isinstance(err, IngestError) and err.stage == "extract"
    err = document_from_html(b"%PDF-1.4 ...", "d.html", "file")
    assert "PDF" in err.error
    assert document_from_html(None, "n", "file").stage == "extract"   # type: ignore[arg-type]


def test_language_filter_can_be_lifted():
    from http_fixture import ENGLISH_ARTICLE
    raw = ENGLISH_ARTICLE.encode()
    assert document_from_html(raw, "en", "url").stage == "language"
    doc = document_from_html(raw, "en", "url", languages=None)
    assert isinstance(doc, SourceDocument) and doc.language == "en"


def test_normalize_url():
    assert normalize_url("HTTP://Example.COM:80/a/b?utm_source=x&b=2&a=1#frag") == "http://example.com/a/b?a=1&b=2"
    assert normalize_url("https://www.example.com") == "https://www.example.com/"
    assert normalize_url("https://www.example.com/x?fbclid=abc") == normalize_url("https://www.example.com/x")
    assert normalize_url("not a url") == "not a url" or normalize_url("not a url")


def test_near_duplicates():
    base = french_page()
    a = document_from_html(base.encode(), "a", "url")
    b = document_from_html(base.replace("près de six heures", "près de sept heures").encode(), "b", "url")
    c = document_from_html(french_page("Autre titre", extra="Un paragraphe de plus, assez long pour compter un "
                                       "peu dans le texte de cet article.").encode(), "c", "url")
    assert a.content_hash != b.content_hash
    assert is_near_duplicate(a.simhash, b.simhash)
    assert is_near_duplicate(a.simhash, a.simhash - (1 << 64))          # signed BIGINT form
    assert not is_near_duplicate(a.simhash, None)
    other = simhash_of("Le Conseil de sécurité des Nations unies a adopté jeudi une résolution "
                       "prolongeant le mandat du panel d'experts chargé de surveiller les sanctions, "
                       "malgré l'opposition de la Russie et de la Chine qui ont dénoncé une ingérence.")
    assert not is_near_duplicate(a.simhash, other)
    assert c.simhash is not None


# ------------------------------------------------------------------------------ ../shared guard

def test_require_shared_skips_locally_and_fails_under_ci(monkeypatch, tmp_path):
    import conftest

    monkeypatch.setattr(conftest, "SHARED", tmp_path / "no-shared")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="absent"):
        conftest.require_shared("realdata")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        conftest.require_shared("realdata")
