"""`newsledger run --url/--urls-file/--feed` against a real HTTP server on 127.0.0.1, through the
warehouse: dim_articles rows, ingest_errors reasons, exit codes, feeds loading only new entries,
and the AFP pages scoring (eval/score.py) within 0.02 of their .txt versions."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import SHARED, require_shared
from http_fixture import FixtureServer, rss_feed

AFP = SHARED / "eval" / "articles"


def query(db: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def url_args(*urls: str) -> list[str]:
    return [a for u in urls for a in ("--url", u)]


GOOD = ["/page/fr", "/page/fr2"]
BAD = {  # path -> (stage, words of the reason)
    "/status/404": ("fetch", "HTTP 404"),
    "/loop/a": ("fetch", "redirect loop"),
    "/page/image.png": ("fetch", "image/png"),
    "/page/feed.rss": ("fetch", "application/rss+xml"),
    "/page/js-shell": ("extract", "JavaScript-only page"),
    "/page/en": ("language", "English"),
}


@pytest.fixture(scope="module")
def url_run(prefect_server, tmp_path_factory):
    """One CLI run over good and bad URLs, given by --url and by --urls-file (module-scoped: a
    run is the expensive part)."""
    from newsledger.cli import main

    tmp = tmp_path_factory.mktemp("web")
    db = tmp / "web.duckdb"
    with FixtureServer() as srv:
        urls = [srv.url(p) for p in GOOD + list(BAD)]
        listing = tmp / "urls.txt"
        listing.write_text("# from a file\n" + "\n".join(urls[1:]) + "\n\n", encoding="utf-8")
        code = main(["run", *url_args(urls[0]), "--urls-file", str(listing), "--allow-private-hosts",
                     "--db", str(db)])
        base = srv.base
    return code, db, base


def test_url_run_loads_articles_and_records_rejections(url_run):
    code, db, base = url_run
    assert code == 0                                   # rejected inputs do not fail the load
    rows = query(db, "select source, source_kind, title, cast(published_at as date)::varchar, language, "
                     "body, site_name, raw_html is not null, simhash is not null from dim_articles order by source")
    assert [r[0] for r in rows] == [base + p for p in GOOD]
    for source, kind, title, published, lang, body, site, has_raw, has_simhash in rows:
        assert kind == "url" and lang == "fr" and site == "Le Courrier fictif" and has_raw and has_simhash
        assert "registre commun des licences" in body and "Mentions légales" not in body
    assert rows[0][2] == "Accord en vue sur le contrôle des exportations d'armes"
    assert [r[3] for r in rows] == ["2024-03-05", "2024-04-11"]
    errors = {s: (stage, err) for s, stage, err in query(db, "select source, stage, error from ingest_errors")}
    assert set(errors) == {base + p for p in BAD}
    for path, (stage, words) in BAD.items():
        got_stage, err = errors[base + path]
        assert got_stage == stage and words in err, (path, got_stage, err)
    assert query(db, "select status from load_runs") == [("succeeded",)]


def test_private_hosts_refused_without_the_flag_and_strict_exits_1(run_cli, web_server, tmp_path):
    db = tmp_path / "ssrf.duckdb"
    before = web_server.hits["/page/fr3"]
    code, out, err = run_cli("run", *url_args(web_server.url("/page/fr3")), "--strict", "--db", db)
    assert code == 1 and "1 rejected" in out and "--strict" in err
    assert web_server.hits["/page/fr3"] == before                      # no request was made
    [(stage, error)] = query(db, "select stage, error from ingest_errors")
    assert stage == "fetch" and "refused (SSRF protection)" in error and "--allow-private-hosts" in error


@pytest.mark.slow
def test_feed_second_run_loads_only_new_entries(run_cli, tmp_path):
    db = tmp_path / "feed.duckdb"
    with FixtureServer() as srv:
        srv.add("/rss.xml", rss_feed(srv.base, ["/page/fr", "/page/fr2"]), "application/rss+xml")
        code, out, _ = run_cli("run", "--feed", srv.url("/rss.xml"), "--allow-private-hosts", "--db", db, "--json")
        assert code == 0 and json.loads(out)["inputs_new"] == 2
        hits_before = srv.hits["/page/fr"] + srv.hits["/page/fr2"]
        srv.add("/rss.xml", rss_feed(srv.base, ["/page/fr3", "/page/fr", "/page/fr2?utm_source=rss"]),
                "application/rss+xml")
        code, out, _ = run_cli("run", "--feed", srv.url("/rss.xml"), "--allow-private-hosts", "--db", db, "--json")
        summary = json.loads(out)
        assert code == 0 and summary["inputs_total"] == 1 and summary["inputs_new"] == 1
        assert srv.hits["/page/fr"] + srv.hits["/page/fr2"] == hits_before     # seen entries not fetched
        sources = [r[0] for r in query(db, "select source from dim_articles order by source")]
        assert sources == [srv.url(p) for p in ("/page/fr", "/page/fr2", "/page/fr3")]


@pytest.mark.slow
def test_urls_file_second_run_fetches_only_new_lines(run_cli, tmp_path):
    db = tmp_path / "list.duckdb"
    listing = tmp_path / "urls.txt"
    with FixtureServer() as srv:
        listing.write_text(srv.url("/page/fr") + "\n", encoding="utf-8")
        code, out, _ = run_cli("run", "--urls-file", listing, "--allow-private-hosts", "--db", db, "--json")
        assert code == 0 and json.loads(out)["inputs_new"] == 1
        listing.write_text(srv.url("/page/fr") + "\n" + srv.url("/page/fr2") + "\n", encoding="utf-8")
        before = srv.hits["/page/fr"]
        code, out, _ = run_cli("run", "--urls-file", listing, "--allow-private-hosts", "--db", db, "--json")
        summary = json.loads(out)
        assert code == 0 and (summary["inputs_total"], summary["inputs_new"]) == (1, 1)
        assert srv.hits["/page/fr"] == before          # a known line is not fetched again


# ------------------------------------------------------------------------------ AFP pages

def _score(db: Path) -> dict:
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--db", str(db),
                          "--gold", str(SHARED / "eval" / "gold"), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(next(ln for ln in out.splitlines() if ln.startswith("{")))


def _f1s(scores: dict) -> dict[str, float]:
    """{kind: f1} from score.py's JSON, whatever its nesting."""
    found = {}

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                if k.lower() == "f1" and isinstance(v, (int, float)):
                    found["/".join(path) or "all"] = float(v)
                else:
                    walk(v, path + [str(k)])
    walk(scores, [])
    return found


@pytest.mark.slow
def test_afp_pages_score_like_their_text_files(run_cli, tmp_path):
    require_shared("eval", "articles", "MANIFEST.md")
    require_shared("eval", "score.py")
    htmls = sorted(AFP.glob("afp_*.html"))
    txts = sorted(AFP.glob("afp_*.txt"))
    assert len(htmls) == len(txts) == 5
    db_url, db_txt = tmp_path / "afp_url.duckdb", tmp_path / "afp_txt.duckdb"
    with FixtureServer(root=AFP) as srv:
        code, _, _ = run_cli("run", *url_args(*(srv.file_url(p.name) for p in htmls)),
                             "--allow-private-hosts", "--strict", "--db", db_url)
    assert code == 0
    code, _, _ = run_cli("run", *map(str, txts), "--strict", "--db", db_txt)
    assert code == 0

    dates = {}
    for line in (AFP / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip(" `") for c in line.split("|")]
        if len(cells) > 3 and cells[1].startswith("afp_"):
            dates[cells[1].split(".txt")[0]] = cells[3]
    rows = query(db_url, "select source, cast(published_at as date)::varchar, body from dim_articles")
    assert len(rows) == 5
    for source, published, body in rows:
        stem = Path(source).stem
        assert published == dates[stem], stem
        text_body = (AFP / f"{stem}.txt").read_text(encoding="utf-8").partition("\n")[2]
        assert " ".join(text_body.split()) in " ".join(body.split()), stem

    url_f1, txt_f1 = _f1s(_score(db_url)), _f1s(_score(db_txt))
    print("AFP F1 through URLs:", url_f1, "\nAFP F1 through .txt:", txt_f1)
    assert url_f1 and set(url_f1) == set(txt_f1), (url_f1, txt_f1)
    for kind, f in txt_f1.items():
        assert abs(url_f1[kind] - f) <= 0.02, (kind, url_f1[kind], f)
