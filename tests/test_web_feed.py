"""Feeds and sitemaps served on 127.0.0.1: entries, then only the new ones on a second pass."""
from __future__ import annotations

import gzip

import pytest

from conftest import require_shared
from newsledger.records import IngestError, SourceDocument
from newsledger.ingest.feeds import feed_urls, filter_unseen
from newsledger.ingest.fetch import FetchSettings
from newsledger.ingest.html import fetch_documents
from newsledger.ingest.urls import normalize_url
from http_fixture import FixtureServer, rss_feed

FAST = FetchSettings(connect_timeout=1.0, read_timeout=1.0, total_timeout=3.0, retries=1,
                     backoff_base=0.01, backoff_max=0.05)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Le Courrier fictif</title>
<link href="{base}/"/><link rel="self" href="{base}/atom.xml"/>
<entry><title>Un</title><link href="{base}/page/fr"/></entry>
<entry><title>Deux</title><link rel="alternate" href="/page/fr2"/></entry>
</feed>"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemaps/news.xml</loc></sitemap>
<sitemap><loc>{base}/sitemaps/old.xml.gz</loc></sitemap>
</sitemapindex>"""

URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>"""


def urlset(base: str, paths: list[str]) -> str:
    return URLSET.format("".join(f"<url><loc>{base}{p}</loc></url>" for p in paths))


@pytest.fixture()
def feed_server():
    with FixtureServer() as srv:
        yield srv


def test_rss_second_pass_yields_only_new_entries(feed_server):
    srv = feed_server
    srv.add("/rss.xml", rss_feed(srv.base, ["/page/fr", "/page/fr2?utm_source=rss", "/page/fr"]),
            "application/rss+xml; charset=utf-8")
    first = feed_urls(srv.url("/rss.xml"), allow_private_hosts=True, settings=FAST)
    assert first == [srv.url("/page/fr"), srv.url("/page/fr2")]       # normalized, deduplicated, in order
    docs = list(fetch_documents(first, allow_private_hosts=True, settings=FAST))
    assert all(isinstance(d, SourceDocument) for d in docs), docs
    seen = {d.source for d in docs}                                     # what the warehouse now holds

    # the site publishes a third article; the feed still lists the two old ones
    srv.add("/rss.xml", rss_feed(srv.base, ["/page/fr3", "/page/fr", "/page/fr2?utm_source=rss"]),
            "application/rss+xml; charset=utf-8")
    second = feed_urls(srv.url("/rss.xml"), allow_private_hosts=True, settings=FAST)
    assert filter_unseen(second, seen) == [srv.url("/page/fr3")]
    new_docs = list(fetch_documents(filter_unseen(second, seen), allow_private_hosts=True, settings=FAST))
    assert [d.title for d in new_docs] == ["Genève : la conférence sur le désarmement reprend ses travaux"]
    # a third pass with everything seen yields nothing
    seen |= {d.source for d in new_docs}
    assert filter_unseen(feed_urls(srv.url("/rss.xml"), allow_private_hosts=True, settings=FAST), seen) == []


def test_atom_feed_skips_self_and_site_links(feed_server):
    srv = feed_server
    srv.add("/atom.xml", ATOM.format(base=srv.base), "application/atom+xml")
    assert feed_urls(srv.url("/atom.xml"), allow_private_hosts=True, settings=FAST) == [
        srv.url("/page/fr"), srv.url("/page/fr2")]


def test_sitemap_index_with_nested_and_gzipped_sitemaps(feed_server):
    srv = feed_server
    srv.add("/sitemap.xml", SITEMAP_INDEX.format(base=srv.base), "application/xml")
    srv.add("/sitemaps/news.xml", urlset(srv.base, ["/page/fr", "/page/fr2"]), "application/xml")
    srv.add("/sitemaps/old.xml.gz", gzip.compress(urlset(srv.base, ["/page/fr3"]).encode()), "application/gzip")
    urls = feed_urls(srv.url("/sitemap.xml"), allow_private_hosts=True, settings=FAST)
    assert urls == [srv.url("/page/fr"), srv.url("/page/fr2"), srv.url("/page/fr3")]


def test_feed_autodiscovery_from_an_html_page(feed_server):
    srv = feed_server
    srv.add("/rss.xml", rss_feed(srv.base, ["/page/fr"]), "application/rss+xml")
    srv.add("/home", '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
                     "</head><body>Accueil</body></html>")
    assert feed_urls(srv.url("/home"), allow_private_hosts=True, settings=FAST) == [srv.url("/page/fr")]


def test_bad_feeds_are_errors_not_exceptions(feed_server):
    srv = feed_server
    srv.add("/not-a-feed", "<html><body><p>Bonjour</p></body></html>")
    cases = {
        srv.url("/status/404"): "HTTP 404",
        srv.url("/not-a-feed"): "without a feed link",
        srv.url("/page/image.png"): "image",
        srv.url("/loop/a"): "redirect loop",
    }
    for url, words in cases.items():
        err = feed_urls(url, allow_private_hosts=True, settings=FAST)
        assert isinstance(err, IngestError), url
        assert err.stage == "feed" and words in err.error, err


def test_feed_respects_ssrf_rules(feed_server):
    srv = feed_server
    srv.add("/rss.xml", rss_feed(srv.base, ["/page/fr"]), "application/rss+xml")
    err = feed_urls(srv.url("/rss.xml"), settings=FAST)
    assert isinstance(err, IngestError) and "SSRF" in err.error
    assert srv.hits["/rss.xml"] == 0


def test_upstream_feed_and_sitemap_files(feed_server):
    """trafilatura's own feed and sitemap test files (from ../shared), served as files."""
    res = require_shared("realdata", "html", "trafilatura", "tests", "resources")
    with FixtureServer(root=res) as srv:
        atom = feed_urls(srv.file_url("feed1.atom"), allow_private_hosts=True, settings=FAST)
        rss = feed_urls(srv.file_url("feed2.rss"), allow_private_hosts=True, settings=FAST)
        jsonfeed = feed_urls(srv.file_url("feed.json"), allow_private_hosts=True, settings=FAST)
        plain = feed_urls(srv.file_url("sitemap.xml"), allow_private_hosts=True, settings=FAST)
        gz = feed_urls(srv.file_url("sitemap.xml.gz"), allow_private_hosts=True, settings=FAST)
    assert atom == ["http://example.org/2003/12/13/atom03"]          # rel="self" entry left out
    assert rss == ["http://www.example.com/blog/post/1"]
    assert len(jsonfeed) == 25 and all(u.startswith("https://www.npr.org/") for u in jsonfeed)
    assert plain == gz and len(plain) == 83
    assert normalize_url("https://www.sitemaps.org/") not in plain    # the home page is not an article
