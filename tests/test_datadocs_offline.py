"""Data Docs that need no network: the assets come from installed packages into the site,
and every built page loads them from there (newsledger/quality/datadocs.py)."""
from __future__ import annotations

from pathlib import Path

from newsledger import config
from newsledger.quality.datadocs import (OFFLINE_DIR, STAMP_FILE, external_assets, install_assets,
                                         make_offline, manifest, rewrite_text, site_pages)

PAGE = """<html><head>
<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>
<link rel="shortcut icon" href="../../../static/images/favicon.ico" type="image/x-icon"/>
<script src="https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js" integrity="sha384-x" crossorigin="anonymous"></script>
<script src="https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js" integrity="sha384-y" crossorigin="anonymous"></script>
<style>.brand { background: url('https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/full_logo_dark.png') }</style>
</head><body>
<img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=1&amp;dataContextId=abc"/>
<a href="https://greatexpectations.io">a link is not a request</a>
</body></html>"""


def test_rewrite_makes_every_known_asset_local_and_drops_the_beacon(tmp_path):
    site = tmp_path / "site"
    page = site / "validations" / "s" / "run" / "t" / "page.html"
    page.parent.mkdir(parents=True)
    (site / "static" / "images").mkdir(parents=True)
    (site / "static" / "images" / "favicon.ico").write_bytes(b"\0")
    assert len(external_assets(PAGE)) == 5
    out = rewrite_text(PAGE, page, site, manifest())
    assert external_assets(out) == []
    assert "dataContextId" not in out and "popper" not in out and "integrity" not in out
    assert 'src="../../../../static/offline/bootstrap/js/bootstrap.bundle.min.js"' in out
    assert 'src="../../../../static/images/logo-long.png"' in out
    assert "url('../../../../static/images/logo-long-vector.svg')" in out
    assert 'href="../../../../static/images/favicon.ico"' in out       # GX's one folder short
    assert 'href="https://greatexpectations.io"' in out                # links stay


def test_an_unknown_external_asset_is_reported_not_hidden(tmp_path):
    page = '<script src="https://cdn.example.org/new-lib@2.js"></script><link rel="canonical" href="https://x.org/">'
    out = rewrite_text(page, tmp_path / "index.html", tmp_path, manifest())
    assert external_assets(out) == ["https://cdn.example.org/new-lib@2.js"]


def test_every_asset_and_licence_installs_from_its_package(tmp_path):
    spec = manifest()
    assert install_assets(tmp_path, spec) is True
    assert install_assets(tmp_path, spec) is False                    # already there
    for name, library in spec["libraries"].items():
        folder = tmp_path / OFFLINE_DIR / name
        for relative in library["files"]:
            assert (folder / relative).stat().st_size > 100, (name, relative)
        licences = list((folder / "licences").iterdir())
        assert len(licences) == len(library["licences"]) and all(p.stat().st_size > 500 for p in licences)
    for url, local in spec["rewrite"].items():
        assert local.startswith("static/images/") or (tmp_path / local).is_file(), url
    assert (tmp_path / OFFLINE_DIR / STAMP_FILE).is_file()


def test_built_data_docs_reference_no_http_asset(seeded_db):
    """Every page and style sheet of the Data Docs a real run built: no http(s) asset, no
    data context id; the index and the run's validation pages load the local libraries."""
    site = Path(config.reports_dir()) / "gx" / "gx" / "uncommitted" / "data_docs" / "local_site"
    pages = list(site_pages(site))
    assert len([p for p in pages if "validations" in p.parts]) >= 8
    offenders = {p.relative_to(site).as_posix(): external_assets(p.read_text(encoding="utf-8"))
                 for p in pages}
    assert {k: v for k, v in offenders.items() if v} == {}
    assert not any("dataContextId" in p.read_text(encoding="utf-8") for p in pages)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'src="static/offline/bootstrap-table/bootstrap-table.min.js"' in index
    assert make_offline(site) == []                                   # idempotent
