"""A real HTTP server on 127.0.0.1 for web-ingestion tests (ThreadingHTTPServer in a thread).

    with FixtureServer(root=Path(...)) as srv:
        srv.url("/files/some/page.html")      # a file under `root`
        srv.url("/status/404")                # any status code
        srv.url("/flaky/2/key")               # 503 (Retry-After: 0) twice for this key, then a French page
        srv.url("/slow/2")                    # waits 2 s before answering
        srv.url("/drip/5")                    # sends the headers, then one byte every 0.2 s for 5 s
        srv.url("/redirect/3/page/fr")        # three redirects, then /page/fr
        srv.url("/loop/a")                    # /loop/a -> /loop/b -> /loop/a ...
        srv.url("/redirect-to?url=...")       # one redirect to any URL (SSRF tests)
        srv.url("/big/6000000")               # an HTML page of that many bytes, no Content-Length
        srv.url("/big-declared/6000000")      # Content-Length announces that many bytes
        srv.url("/page/<name>")               # a built-in page, see PAGES below

Files under /files/ get a content type from their extension (`.txt` -> text/plain, `.rss` ->
application/rss+xml, ...); `x.html.gz` is sent as text/html with `Content-Encoding: gzip`, as a
web server does for precompressed pages. `content_types` overrides the type per path suffix.
`srv.add(path, body, content_type, status=200, headers=None)` registers an extra page;
`srv.hits[path]` counts requests per path (with query string); `srv.max_inflight[g]` is the
highest number of simultaneous requests carrying the query parameter `g=<g>`.

The built-in pages are synthetic (written for these tests): no third-party text is stored here.
"""
from __future__ import annotations

import gzip
import mimetypes
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

FRENCH_ARTICLE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Le Courrier fictif">
<meta name="author" content="Camille Fictive">
<meta property="article:published_time" content="{date}T09:30:00+01:00">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/politique">Politique</a></nav>
<article>
<h1>{title}</h1>
<p class="byline">Par Camille Fictive, publié le {date}</p>
<p>Les ministres des Affaires étrangères de plusieurs pays européens se sont réunis mardi à Genève
pour discuter d'un nouvel accord sur le contrôle des exportations d'armes. La réunion, prévue de
longue date, a duré près de six heures selon les organisateurs.</p>
<p>Le texte discuté prévoit un registre commun des licences accordées et des sanctions contre les
entreprises qui ne déclareraient pas leurs ventes. Plusieurs délégations ont toutefois demandé un
délai supplémentaire avant la signature, prévue au printemps.</p>
<p>« Nous avons beaucoup avancé, mais il reste des points de désaccord sur le calendrier », a
déclaré à la presse le représentant de la présidence tournante. Une nouvelle session de travail est
annoncée pour le mois prochain à Bruxelles.</p>
<p>{extra}</p>
</article>
<footer>Tous droits réservés. Mentions légales. Contact.</footer>
</body></html>
"""

ENGLISH_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ministers meet in Geneva on arms exports</title>
<meta property="article:published_time" content="2024-03-05"></head><body><article>
<h1>Ministers meet in Geneva on arms exports</h1>
<p>Foreign ministers from several European countries met on Tuesday in Geneva to discuss a new
agreement on the control of arms exports. The meeting, planned for a long time, lasted nearly six
hours according to the organisers.</p>
<p>The draft provides for a common register of the licences granted and for sanctions against the
companies that would not declare their sales. Several delegations however asked for more time
before the signature, which is planned for the spring.</p>
<p>"We have made a lot of progress, but there are still points of disagreement on the timetable,"
the representative of the rotating presidency told the press. A new working session is announced
for next month in Brussels.</p>
</article></body></html>
"""

JS_SHELL = """<!DOCTYPE html>
<html lang="fr" ng-app="newsApp"><head><meta charset="utf-8"><title>Chargement…</title>
<script src="/static/app.js"></script></head>
<body ng-controller="ArticleController as vm">
<noscript>Veuillez activer JavaScript pour lire cet article.</noscript>
<article><h1>{{vm.article.title}}</h1>
<p class="meta">{{vm.article.author}} - {{vm.article.date | date:'dd/MM/yyyy'}}</p>
<div class="body">{{vm.article.body}}</div>
<p>{{vm.article.status === "published" ? "Contenu publié" : "En attente de validation"}}</p></article>
</body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Le Courrier fictif</title><link>{base}/</link><description>Actualités</description>
{items}
</channel></rss>
"""

PNG_1PX = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
           b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND"
           b"\xaeB`\x82")
PDF_MINI = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def french_page(title: str = "Accord en vue sur le contrôle des exportations d'armes",
                date: str = "2024-03-05", extra: str = "") -> str:
    return FRENCH_ARTICLE.format(title=title, date=date, extra=extra)


def rss_feed(base: str, paths: list[str]) -> str:
    items = "\n".join(f"<item><title>Article {i}</title><link>{base}{p}</link>"
                      f"<guid>{base}{p}</guid></item>" for i, p in enumerate(paths))
    return RSS_FEED.format(base=base, items=items)


def _pages() -> dict[str, tuple[bytes, str]]:
    fr = french_page()
    # cp1252 bytes (é = 0xE9, ’ = 0x92) declared as UTF-8: the declaration is wrong
    wrong_utf8 = fr.encode("cp1252", "replace")
    # UTF-8 bytes declared ISO-8859-1 in the <meta>: a naive reader produces "Ã©"
    wrong_latin1 = fr.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').encode("utf-8")
    return {
        "fr": (fr.encode("utf-8"), "text/html; charset=utf-8"),
        "fr2": (french_page("Sommet à Bruxelles : les Vingt-Sept divisés sur les sanctions", "2024-04-11",
                            "Les discussions reprendront jeudi.").encode("utf-8"), "text/html; charset=utf-8"),
        "fr3": (french_page("Genève : la conférence sur le désarmement reprend ses travaux", "2024-05-20",
                            "Le secrétariat publiera un compte rendu.").encode("utf-8"), "text/html; charset=utf-8"),
        "en": (ENGLISH_ARTICLE.encode("utf-8"), "text/html; charset=utf-8"),
        "js-shell": (JS_SHELL.encode("utf-8"), "text/html; charset=utf-8"),
        "empty": (b"<!DOCTYPE html><html><head><title>Vide</title></head><body></body></html>", "text/html"),
        "wrong-charset-header": (wrong_utf8, "text/html; charset=utf-8"),
        "wrong-charset-meta": (wrong_latin1, "text/html"),
        "image.png": (PNG_1PX, "image/png"),
        "doc.pdf": (PDF_MINI, "application/pdf"),
        "data.json": (b'{"title": "pas une page", "items": []}', "application/json"),
        "feed.rss": (rss_feed("http://example.invalid", ["/a1"]).encode("utf-8"), "application/rss+xml"),
        # an RSS feed whose server claims it is HTML (a feed given as an article)
        "feed-as-html": (rss_feed("http://example.invalid", ["/a1"]).encode("utf-8"), "text/html; charset=utf-8"),
        "no-type": (fr.encode("utf-8"), ""),
    }


class FixtureServer:
    def __init__(self, root: Path | None = None, content_types: dict[str, str] | None = None,
                 host: str = "127.0.0.1"):
        self.root = Path(root).resolve() if root else None
        self.content_types = dict(content_types or {})
        self.host = host
        self.hits: Counter[str] = Counter()
        self.extra: dict[str, tuple[int, bytes, str, dict[str, str]]] = {}
        self.pages = _pages()
        self._lock = threading.Lock()
        self._flaky: Counter[str] = Counter()
        self.inflight: Counter[str] = Counter()      # requests being served, per ?g= group
        self.max_inflight: Counter[str] = Counter()  # highest simultaneous count, per group
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> "FixtureServer":
        handler = _make_handler(self)
        self._httpd = ThreadingHTTPServer((self.host, 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fixture-http", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "FixtureServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + (path if path.startswith("/") else "/" + path)

    def file_url(self, relpath: str | Path) -> str:
        return self.url("/files/" + str(relpath).replace("\\", "/"))

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            status: int = 200, headers: dict[str, str] | None = None) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        with self._lock:
            self.extra[path] = (status, body, content_type, dict(headers or {}))
        return self.url(path)

    def _flaky_count(self, key: str) -> int:
        with self._lock:
            self._flaky[key] += 1
            return self._flaky[key]

    def content_type_for(self, path: Path) -> tuple[str, str | None]:
        rel = str(path)
        for suffix, ctype in self.content_types.items():
            if rel.endswith(suffix):
                return ctype, None
        name = path.name
        encoding = None
        if name.endswith(".gz"):
            encoding = "gzip"
            name = name[:-3]
        if name.endswith((".html", ".htm")):
            return "text/html", encoding
        ext_types = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".xml": "application/xml",
                     ".json": "application/json", ".txt": "text/plain", ".md": "text/markdown"}
        for ext, ctype in ext_types.items():
            if name.endswith(ext):
                return ctype, encoding
        guessed, _ = mimetypes.guess_type(name)
        return guessed or "application/octet-stream", encoding


def _make_handler(server: FixtureServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"
        server_version = "newsledger-fixture/1.0"

        def log_message(self, *args) -> None:  # quiet
            pass

        def handle(self) -> None:
            try:
                super().handle()
            except (ConnectionResetError, BrokenPipeError, TimeoutError):
                pass

        def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str] | None = None,
                  length: bool = True) -> None:
            self._uncount()
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_HEAD(self) -> None:
            self.do_GET()

        def do_GET(self) -> None:
            # concurrency is measured per group (?g=NAME): requests left over by earlier tests
            # (a slow page the client gave up on) do not count in a later test's group
            # A request counts from its arrival until its response starts (see _send): the
            # client may release its slot as soon as it has read the body, before this thread
            # returns, so counting until the handler returns would see phantom overlaps.
            self._group = parse_qs(urlsplit(self.path).query).get("g", [""])[0]
            self._counted = True
            with server._lock:
                server.inflight[self._group] += 1
                server.max_inflight[self._group] = max(server.max_inflight[self._group],
                                                       server.inflight[self._group])
            try:
                self._route()
            finally:
                self._uncount()

        def _uncount(self) -> None:
            if getattr(self, "_counted", False):
                self._counted = False
                with server._lock:
                    server.inflight[self._group] -= 1

        def _route(self) -> None:  # noqa: C901 - a router
            parts = urlsplit(self.path)
            path = unquote(parts.path)
            query = parse_qs(parts.query)
            with server._lock:
                server.hits[self.path] += 1
            seg = [s for s in path.split("/") if s]

            if path in server.extra:
                status, body, ctype, headers = server.extra[path]
                return self._send(status, body, ctype, headers)
            if seg[:1] == ["page"] and len(seg) == 2 and seg[1] in server.pages:
                body, ctype = server.pages[seg[1]]
                return self._send(200, body, ctype)
            if seg[:1] == ["status"] and len(seg) == 2 and seg[1].isdigit():
                code = int(seg[1])
                return self._send(code, f"<html><body><h1>{code}</h1></body></html>".encode(), "text/html")
            if seg[:1] == ["flaky"] and len(seg) >= 3 and seg[1].isdigit():
                failures = int(seg[1])
                n = server._flaky_count("/".join(seg[2:]))
                if n <= failures:
                    return self._send(503, b"<html><body>Service Unavailable</body></html>", "text/html",
                                      {"Retry-After": "0"})
                return self._send(200, server.pages["fr"][0], "text/html; charset=utf-8")
            if seg[:1] == ["slow"] and len(seg) == 2:
                time.sleep(float(seg[1]))
                return self._send(200, server.pages["fr"][0], "text/html; charset=utf-8")
            if seg[:1] == ["drip"] and len(seg) == 2:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                end = time.monotonic() + float(seg[1])
                while time.monotonic() < end:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
                return None
            if seg[:1] == ["redirect"] and len(seg) >= 3 and seg[1].isdigit():
                n = int(seg[1])
                rest = "/".join(seg[2:])
                target = f"/redirect/{n - 1}/{rest}" if n > 1 else "/" + rest
                return self._send(302, b"", None, {"Location": target})
            if seg[:1] == ["loop"] and len(seg) == 2:
                target = "/loop/b" if seg[1] == "a" else "/loop/a"
                return self._send(301, b"", None, {"Location": target})
            if seg == ["redirect-to"] and "url" in query:
                return self._send(302, b"", None, {"Location": query["url"][0]})
            if seg[:1] in (["big"], ["big-declared"]) and len(seg) == 2 and seg[1].isdigit():
                size = int(seg[1])
                declared = seg[0] == "big-declared"
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                if declared:
                    self.send_header("Content-Length", str(size))
                self.end_headers()
                chunk = b"<p>" + b"bla " * 4000 + b"</p>\n"
                sent = 0
                self.wfile.write(b"<html><body>")
                while sent < size:
                    self.wfile.write(chunk)
                    sent += len(chunk)
                return None
            if seg[:1] == ["files"] and server.root is not None:
                target = (server.root / "/".join(seg[1:])).resolve()
                if server.root not in target.parents or not target.is_file():
                    return self._send(404, b"<html><body>Not found</body></html>", "text/html")
                ctype, encoding = server.content_type_for(target.relative_to(server.root))
                headers = {"Content-Encoding": encoding} if encoding else {}
                return self._send(200, target.read_bytes(), ctype, headers)
            return self._send(404, b"<html><body>Not found</body></html>", "text/html")

    return Handler


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
