"""The 64 real pages of ../shared/realdata/html and the five AFP pages, through a loopback server.

Every page is fetched over HTTP from a FixtureServer serving ../shared/realdata/html (nothing is
copied into the repository), with `allow_private_hosts=True`, and must meet the *stable*
expectations of ../shared/realdata/html/MANIFEST.md:

* trafilatura pages (section 1): the 'with' / 'without' snippets of expected.json, except those
  the manifest's "trafilatura 2.3.1" column lists as MISSING / UNWANTED PRESENT; the title and date
  of expected.json, except the deviations measured with trafilatura 2.3.1 (TITLE_DEVIATIONS,
  DATE_DEVIATIONS); non-French pages are rejected at stage 'language' with the language named;
  the AngularJS shell is rejected as a JavaScript-only page.
* readability (2): French pages: title, and token F1 >= 0.95 against expected.html; English pages
  are rejected (language) and their pure extraction (language filter off) keeps the F1 the
  manifest reports (minus a tolerance); index and landing pages are rejected.
* goose3 (3): the expected beginning of the body is found; postlight (4): title, date, first 13
  words; scrapinghub (5): rejected (English/Italian), pure extraction F1 as in the manifest.
* bad inputs (6): feeds, sitemaps and JSON are refused at fetch time by content type; the JS
  shell, live blog, kiosk, video and index pages, the Tor link list, the UTF-8 demo page and the
  Apache status page are rejected; gzip-compressed pages are decompressed.

Unstable checks are collected as separate skipped tests that name the reason.
The AFP pages of ../shared/eval/articles: body == .txt body modulo whitespace and byline, title ==
.txt title, published_at == the manifest's date.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import SHARED, require_shared
from newsledger.records import IngestError, SourceDocument
from newsledger.ingest.fetch import FetchSettings
from newsledger.ingest.html import _maybe_gunzip, document_from_html, fetch_documents
from http_fixture import FixtureServer

ROOT = SHARED / "realdata" / "html"
AFP = SHARED / "eval" / "articles"
SETTINGS = FetchSettings(connect_timeout=2, read_timeout=10, total_timeout=30, retries=0, max_workers=8,
                         per_host_concurrency=8)

# Measured with trafilatura 2.3.1 (lxml 6.x) through this pipeline: the title or date it gives
# differs from the upstream expectation. Reasons are the observed values.
TITLE_DEVIATIONS = {
    "trafilatura/tests/eval/arteradio.com-nuls.html":
        "title 'La voix des nuls | ARTE Radio': the site suffix is kept because trafilatura's site "
        "name is the author (\"Kristen Falc'hon\") and the loopback URL has no host name to match",
    "trafilatura/tests/eval/mesopinions.com.mutilation.html":
        "title has the page-type prefix 'Pétition : ' (from <title>/og:title)",
    "trafilatura/tests/eval/sports.fr.lorient.html":
        "title 'Lorient vs Olympique Lyonnais' (og:title) where upstream expects 'Match en direct'",
}
DATE_DEVIATIONS = {
    "trafilatura/tests/eval/aoc.media.archaisme.html": "date 2019-12-09 (URL/first publication) vs expected 2019-12-10",
    "trafilatura/tests/eval/regards.fr.enquetes.html": "date 2018-09-11 vs expected 2018-09-30 (last update)",
}
# expected.json has an empty date for these, trafilatura finds one: nothing stable to assert
NO_DATE_EXPECTED = {"archive.org-travaillent.html", "infocomcgt.fr.caisse.html", "mesopinions.com.mutilation.html"}

LANG_NAMES = {"de": "German", "es": "Spanish", "en": "English", "it": "Italian"}
PAGE_SUFFIXES = (".html", ".html.gz", ".htm", ".atom", ".rss", ".xml", ".xml.gz")


# ------------------------------------------------------------------------------ manifest

def _norm_ws(s: str) -> str:
    return " ".join(s.split())


def _norm_title(s: str | None) -> str:
    return _norm_ws((s or "").replace("’", "'").replace("‘", "'"))


def _tokens(s: str) -> Counter:
    return Counter(re.findall(r"\w+", s.casefold()))


def f1(got: str, gold: str) -> float:
    g, e = _tokens(got), _tokens(gold)
    overlap = sum((g & e).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(g.values()), overlap / sum(e.values())
    return 2 * p * r / (p + r)


def page_files() -> list[str]:
    skip_names = {"MANIFEST.md", "expected.json", "ground-truth.subset.json", "expected-metadata.json",
                  "expected.html"}
    out = []
    for p in sorted(ROOT.rglob("*")):
        rel = p.relative_to(ROOT).as_posix()
        if not p.is_file() or p.name in skip_names or p.name.startswith("LICENSE"):
            continue
        if rel.startswith("goose3/") and p.suffix == ".json":
            continue
        out.append(rel)
    return out


def manifest_rows() -> dict[str, dict]:
    """Section 1 rows: lang, and the snippets the trafilatura 2.3.1 column reports failing."""
    rows = {}
    for line in (ROOT / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(trafilatura/tests/(?:cache|eval)/[^`]+)` \| ([^|]+) \|", line)
        if not m or m.group(1) in rows:      # section 6 lists some files again: keep section 1
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        column = cells[4] if len(cells) > 4 else ""
        missing = re.findall(r"`([^`]+)`", column.split("MISSING:", 1)[1].split("UNWANTED PRESENT:")[0]) \
            if "MISSING:" in column else []
        unwanted = re.findall(r"`([^`]+)`", column.split("UNWANTED PRESENT:", 1)[1]) \
            if "UNWANTED PRESENT:" in column else []
        rows[m.group(1)] = {"lang": m.group(2).strip().split()[0], "missing": missing, "unwanted": unwanted,
                            "notes": cells[-1]}
    return rows


def build_plan() -> tuple[dict[str, list], list[tuple[str, str, str]]]:
    """{rel: [stable checks]}, [(rel, check, reason) for unstable checks]."""
    plan: dict[str, list] = {}
    unstable: list[tuple[str, str, str]] = []
    expected = json.loads((ROOT / "trafilatura" / "expected.json").read_text(encoding="utf-8"))
    rows = manifest_rows()
    for rel in page_files():
        checks: list = []
        name = rel.rsplit("/", 1)[-1]
        if rel in rows:
            row, exp = rows[rel], expected[name]
            if "lanouvellerepublique" in rel:
                checks.append(("reject", "extract", "JavaScript-only page"))
            elif row["lang"] != "fr":
                checks.append(("reject", "language", LANG_NAMES[row["lang"]]))
            else:
                checks.append(("article",))
                for s in exp.get("with", []):
                    if s in row["missing"]:
                        unstable.append((rel, f"with:{s[:30]}", "manifest: MISSING with trafilatura 2.3.1"))
                    else:
                        checks.append(("with", s))
                for s in exp.get("without", []):
                    if s in row["unwanted"]:
                        unstable.append((rel, f"without:{s[:30]}", "manifest: UNWANTED PRESENT with trafilatura 2.3.1"))
                    else:
                        checks.append(("without", s))
                if exp.get("title"):
                    if rel in TITLE_DEVIATIONS:
                        unstable.append((rel, "title", TITLE_DEVIATIONS[rel]))
                    else:
                        checks.append(("title", exp["title"]))
                if exp.get("date"):
                    if rel in DATE_DEVIATIONS:
                        unstable.append((rel, "date", DATE_DEVIATIONS[rel]))
                    else:
                        checks.append(("date", exp["date"]))
                elif name in NO_DATE_EXPECTED:
                    unstable.append((rel, "date", "expected.json has no date; trafilatura 2.3.1 finds one"))
        elif rel.startswith("readability/"):
            folder = ROOT / rel.rsplit("/", 1)[0]
            meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
            page = rel.split("/")[-2]
            if page in ("lemonde-1", "liberation-1"):
                checks += [("article",), ("title", meta["title"]), ("f1_html", folder / "expected.html", 0.95)]
            else:
                checks.append(("reject", "language", "English"))
                if page in ("nytimes-1", "wapo-1"):   # English news: the pure extraction is still good
                    checks.append(("pure_f1_html", folder / "expected.html", {"nytimes-1": 0.966, "wapo-1": 0.985}[page] - 0.03))
        elif rel.startswith("goose3/"):
            gold = json.loads((ROOT / rel.replace(".html", ".json")).read_text(encoding="utf-8"))["expected"]
            checks += [("article",), ("contains", gold["cleaned_text"])]
        elif rel.startswith("postlight-parser/"):
            gold = json.loads((ROOT / "postlight-parser" / "expected.json").read_text(encoding="utf-8"))[
                rel.removeprefix("postlight-parser/")]
            checks += [("article",), ("title", gold["title"]), ("date", gold["date_published"][:10]),
                       ("contains", gold["first13"])]
        elif rel.startswith("article-extraction-benchmark/"):
            truth = json.loads((ROOT / "article-extraction-benchmark" / "ground-truth.subset.json")
                               .read_text(encoding="utf-8"))
            key = name.split(".")[0]
            lang = "Italian" if key.startswith("b6fb53e9") else "English"
            manifest_f1 = {"1ee91d1f": 1.0, "57d46c9d": 0.982, "702d1da6": 0.998, "7a664e40": 0.993,
                           "82b6d780": 0.986, "b6fb53e9": 0.933, "db6b0816": 0.985}[key[:8]]
            checks += [("reject", "language", lang), ("pure_f1", truth[key]["articleBody"], manifest_f1 - 0.03)]
        elif rel.startswith("orangesum/"):
            reason = {"16644.txt": "live blog", "192.txt": "not article text", "3846.txt": "not article text",
                      "31377.txt": "not article text"}[name]
            checks.append(("reject", "extract", reason))
        elif rel.startswith("trafilatura/tests/resources/"):
            checks += {
                "apache.html": [("reject", None, "")],
                "feed.json": [("reject", "fetch", "content type application/json")],
                "feed1.atom": [("reject", "fetch", "content type application/atom+xml")],
                "feed2.rss": [("reject", "fetch", "content type application/rss+xml")],
                "sitemap.xml": [("reject", "fetch", "content type application/xml")],
                "sitemap.xml.gz": [("reject", "fetch", "content type application/xml")],
                "http_sample.html": [("reject", "language", "English"), ("pure_contains", "Moby")],
                "mozilla.org.firefox.developer.html": [("reject", "language", "English")],
                "scam.html": [("reject", "extract", "not article text")],
                "utf8.html": [("reject", "extract", "")],
                "webpage.html.gz": [("reject", "language", "English"), ("pure_contains", "Long story short,")],
            }[name]
        plan[rel] = checks
    return plan, unstable


if ROOT.is_dir():
    PLAN, UNSTABLE = build_plan()
    PAGE_PARAMS = sorted(PLAN)
    UNSTABLE_PARAMS = [pytest.param(rel, check, id=f"{rel.rsplit('/', 1)[-1]}-{check}",
                                    marks=pytest.mark.skip(reason=f"unstable with trafilatura 2.3.1: {reason}"))
                       for rel, check, reason in UNSTABLE]
else:  # collected anyway, so that the absence is reported (skip, or failure under CI=true)
    PLAN, UNSTABLE, PAGE_PARAMS = {}, [], ["<../shared absent>"]
    UNSTABLE_PARAMS = ["<../shared absent>"]


# ------------------------------------------------------------------------------ fixtures

@pytest.fixture(scope="module")
def realdata():
    """{relative path: SourceDocument | IngestError}, every page fetched through the server."""
    require_shared("realdata", "html", "MANIFEST.md")
    files = page_files()
    with FixtureServer(root=ROOT) as srv:
        urls = [srv.file_url(rel) for rel in files]
        results = list(fetch_documents(urls, allow_private_hosts=True, settings=SETTINGS))
    return dict(zip(files, results))


def pure(rel: str) -> SourceDocument | IngestError:
    """Extraction of the file's bytes with the language filter off (for non-French pages)."""
    raw = (ROOT / rel).read_bytes()
    return document_from_html(_maybe_gunzip(raw), rel, "file", languages=None)


def html_text(path: Path) -> str:
    from lxml import html as lxml_html
    return lxml_html.fromstring(path.read_text(encoding="utf-8")).text_content()


# ------------------------------------------------------------------------------ tests

def test_sixty_four_pages():
    require_shared("realdata", "html", "MANIFEST.md")
    assert len(page_files()) == 64


@pytest.mark.parametrize("rel", PAGE_PARAMS)
def test_real_page_meets_stable_expectations(realdata, rel):
    result = realdata[rel]
    for check in PLAN[rel]:
        kind = check[0]
        if kind == "article":
            assert isinstance(result, SourceDocument), f"rejected: {result}"
            assert result.language == "fr" and result.source_kind == "url"
            assert result.body and result.content_hash and result.raw_html
        elif kind == "reject":
            _, stage, words = check
            assert isinstance(result, IngestError), f"accepted: {result.title!r}"
            if stage:
                assert result.stage == stage, result
            assert words in result.error, result.error
        elif kind == "with":
            assert check[1] in result.body, f"missing snippet {check[1]!r}"
        elif kind == "without":
            assert check[1] not in result.body, f"unwanted snippet {check[1]!r}"
        elif kind == "title":
            assert _norm_title(result.title) == _norm_title(check[1])
        elif kind == "date":
            assert result.published_at == check[1]
        elif kind == "contains":
            assert _norm_ws(check[1]) in _norm_ws(result.body)
        elif kind == "f1_html":
            score = f1(result.body, html_text(check[1]))
            assert score >= check[2], f"token F1 {score:.3f} < {check[2]}"
        elif kind == "pure_f1_html":
            doc = pure(rel)
            score = f1(doc.body, html_text(check[1]))
            assert score >= check[2], f"token F1 {score:.3f} < {check[2]:.3f}"
        elif kind == "pure_f1":
            doc = pure(rel)
            score = f1(doc.body, check[1])
            assert score >= check[2], f"token F1 {score:.3f} < {check[2]:.3f}"
        elif kind == "pure_contains":
            doc = pure(rel)
            assert isinstance(doc, SourceDocument) and check[1] in doc.body
        else:  # pragma: no cover
            raise AssertionError(f"unknown check {check}")


@pytest.mark.parametrize("rel,check", UNSTABLE_PARAMS if UNSTABLE else [("<../shared absent>", "")])
def test_real_page_unstable_expectation(rel, check):
    require_shared("realdata", "html", "MANIFEST.md")   # only reached when ../shared is absent


# ------------------------------------------------------------------------------ AFP pages

def afp_manifest() -> dict[str, str]:
    dates = {}
    for line in (AFP / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| `(afp_[^`]+)\.txt` / `\.html` \| [^|]+ \| (\d{4}-\d{2}-\d{2}) \|", line)
        if m:
            dates[m.group(1)] = m.group(2)
    return dates


_BYLINE = re.compile(r"^(?:Orange avec )?AFP(?:-Services)?, publié le [^\n]*\n", re.M)


@pytest.fixture(scope="module")
def afp_pages():
    require_shared("eval", "articles", "MANIFEST.md")
    dates = afp_manifest()
    assert len(dates) == 5, dates
    with FixtureServer(root=AFP) as srv:
        stems = sorted(dates)
        results = list(fetch_documents([srv.file_url(s + ".html") for s in stems], allow_private_hosts=True,
                                       settings=SETTINGS))
    return {s: (r, dates[s]) for s, r in zip(stems, results)}


def test_afp_pages_through_the_url_path(afp_pages):
    for stem, (doc, date) in afp_pages.items():
        assert isinstance(doc, SourceDocument), doc
        title, _, body = (AFP / f"{stem}.txt").read_text(encoding="utf-8").partition("\n")
        assert doc.title == title.strip(), stem
        assert _norm_ws(_BYLINE.sub("", doc.body + "\n")) == _norm_ws(body), stem
        assert doc.published_at == date, stem
        assert doc.language == "fr"
