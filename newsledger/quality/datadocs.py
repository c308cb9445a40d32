"""Great Expectations Data Docs that open offline and request nothing from the network.

GX's page templates load Bootstrap, jQuery, bootstrap-table, Vega, Font Awesome... from
CDNs, and its logo from a cloud bucket with the data context's id in the query string
(upstream declined to change it). After each Data Docs build, `make_offline` copies those
libraries from the Python packages that ship them (data/datadocs/assets.json says which,
with the version GX asks for and the one served) into the site's `static/offline/`, their
licences beside them, and rewrites the built pages (and GX's own CSS) to load them by
relative paths. Tags of a URL the manifest drops are removed; an external asset the
manifest does not know is reported (`external_assets`), never left silently.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from importlib.resources import files
from pathlib import Path

from newsledger.resources import data_dir

ASSETS_FILE = data_dir("newsledger.quality") / "datadocs" / "assets.json"
OFFLINE_DIR = "static/offline"
STAMP_FILE = "manifest.json"
PAGE_SUFFIXES = (".html", ".css")

# a tag that loads something, its URL attribute, and CSS url(...)
_TAG = re.compile(r"<(script|link|img)\b[^>]*>", re.IGNORECASE)
_URL_ATTR = re.compile(r"""\b(src|href)\s*=\s*(["'])(https?:)?//([^"']*)\2""", re.IGNORECASE)
_LOCAL_ATTR = re.compile(r"""\b(src|href)\s*=\s*(["'])((?:\.\./|\./)*static/[^"'?#]*)\2""", re.IGNORECASE)
_CSS_URL = re.compile(r"""url\(\s*(["']?)((?:https?:)?//[^"')\s]+)\1\s*\)""", re.IGNORECASE)
_CHECKS = re.compile(r"""\s(integrity|crossorigin)\s*=\s*(["'])[^"']*\2""", re.IGNORECASE)


def manifest() -> dict:
    return json.loads(ASSETS_FILE.read_text(encoding="utf-8"))


def _bare(url: str) -> str:
    """The URL without its query string or fragment, scheme-relative URLs as https."""
    url = url.replace("&amp;", "&").split("?", 1)[0].split("#", 1)[0]
    return "https:" + url if url.startswith("//") else url


def _source(library: dict):
    return files(library["package"]).joinpath(*library["dir"].split("/"))


def _licence(library: dict, entry: str):
    if entry.startswith("package:"):
        return _source(library).joinpath(*entry.removeprefix("package:").split("/"))
    return (data_dir("newsledger.quality") / "datadocs").joinpath(*entry.split("/"))


def _fingerprint(spec: dict) -> str:
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode("utf-8")).hexdigest()


def install_assets(site: Path, spec: dict | None = None) -> bool:
    """Copy every library of the manifest (and its licences) into `site`/static/offline/;
    False when the copy there is already of this manifest."""
    spec = spec or manifest()
    target = site / OFFLINE_DIR
    stamp = target / STAMP_FILE
    wanted = _fingerprint(spec)
    try:
        if json.loads(stamp.read_text(encoding="utf-8")).get("fingerprint") == wanted:
            return False
    except (OSError, ValueError):
        pass
    shutil.rmtree(target, ignore_errors=True)
    for name, library in spec["libraries"].items():
        folder = target / name
        for relative in library["files"]:
            dest = folder / relative
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(_source(library).joinpath(*relative.split("/")).read_bytes())
        for entry in library["licences"]:
            licence = _licence(library, entry)
            (folder / "licences").mkdir(parents=True, exist_ok=True)
            stem = entry.rsplit("/", 1)[-1].removeprefix("package:")
            (folder / "licences" / f"{name}-{stem}").write_bytes(licence.read_bytes())
    about = {k: {f: v[f] for f in ("version", "wants", "from")} for k, v in spec["libraries"].items()}
    stamp.write_text(json.dumps({"fingerprint": wanted, "libraries": about}, indent=1),
                     encoding="utf-8")
    return True


def _relative(target: str, page: Path, site: Path) -> str:
    return Path(os.path.relpath(site / target, page.parent)).as_posix()


def rewrite_text(text: str, page: Path, site: Path, spec: dict) -> str:
    """The page (HTML or CSS) with every known external asset made local or dropped."""
    rewrite, drop = spec["rewrite"], spec["drop"]

    def tag(match: re.Match) -> str:
        whole = match.group(0)
        found = _URL_ATTR.search(whole)
        if not found:
            return _local_fix(whole, page, site)
        url = _bare((found.group(3) or "https:") + "//" + found.group(4))
        if url in drop:
            return "<!-- removed for offline use -->" if match.group(1).lower() != "script" else "\x00drop\x00"
        if url not in rewrite:
            return whole
        local = _relative(rewrite[url], page, site)
        start, end = found.span()
        return _CHECKS.sub("", whole[:start] + f'{found.group(1)}="{local}"' + whole[end:])

    def css(match: re.Match) -> str:
        url = _bare(match.group(2))
        return f"url('{_relative(rewrite[url], page, site)}')" if url in rewrite else match.group(0)

    text = _TAG.sub(tag, text)
    text = re.sub(r"\x00drop\x00\s*</script>", "<!-- removed for offline use -->", text)
    return _CSS_URL.sub(css, text)


def _local_fix(tag: str, page: Path, site: Path) -> str:
    """A tag whose relative `static/...` path misses the site's static folder (GX's favicon
    on validation pages climbs one folder too few) pointed at the file it means."""
    found = _LOCAL_ATTR.search(tag)
    if not found or (page.parent / found.group(3)).exists():
        return tag
    meant = found.group(3)[found.group(3).index("static/"):]
    if not (site / meant).exists():
        return tag
    start, end = found.span()
    return tag[:start] + f'{found.group(1)}="{_relative(meant, page, site)}"' + tag[end:]


def external_assets(text: str) -> list[str]:
    """The http(s) URLs a page or style sheet would load: scripts, style sheets, images,
    icons and CSS url(...) (links a reader may follow are not requests and not counted)."""
    found = []
    for match in _TAG.finditer(text):
        attr = _URL_ATTR.search(match.group(0))
        if attr and not (match.group(1).lower() == "link" and _is_plain_link(match.group(0))):
            found.append((attr.group(3) or "") + "//" + attr.group(4))
    found += [m.group(2) for m in _CSS_URL.finditer(text)]
    return found


def _is_plain_link(tag: str) -> bool:
    """A <link> that loads nothing (rel=canonical, author...): anything but style sheets,
    icons, preloads, manifests."""
    rel = re.search(r"""\brel\s*=\s*(["'])([^"']*)\1""", tag, re.IGNORECASE)
    loading = {"stylesheet", "icon", "shortcut", "preload", "prefetch", "modulepreload",
               "manifest", "apple-touch-icon", "dns-prefetch", "preconnect"}
    return bool(rel) and not (set(rel.group(2).lower().split()) & loading)


def site_pages(site: Path):
    for path in site.rglob("*"):
        if path.suffix in PAGE_SUFFIXES and path.is_file() and OFFLINE_DIR not in path.as_posix():
            yield path


def make_offline(site: Path, since: float | None = None) -> list[str]:
    """Install the assets into the site and rewrite its pages modified at or after `since`
    (a timestamp; None, or new assets: every page). Returns the external assets that remain
    anywhere in the rewritten pages (empty when the site is offline)."""
    spec = manifest()
    if install_assets(site, spec):
        since = None
    remaining = []
    for page in site_pages(site):
        if since is not None and page.stat().st_mtime < since:
            continue
        text = page.read_text(encoding="utf-8")
        rewritten = rewrite_text(text, page, site, spec)
        if rewritten != text:
            page.write_text(rewritten, encoding="utf-8")
        remaining += [f"{page.relative_to(site).as_posix()}: {u}" for u in external_assets(rewritten)]
    return remaining
