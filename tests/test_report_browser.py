"""The run report in a real browser: headless Chromium driven by Selenium over file://.

Chromium and its driver are the Debian packages `chromium` and `chromium-driver`
(`make browser` installs them; `make test` runs it first). The browser has no network at
all: every http(s) request is blocked (DevTools' Network.setBlockedURLs), host names resolve
to nothing and the proxy is a closed port on 127.0.0.1, so a page that needs the network
shows it as a failed request or a console error, which the tests reject. Background
networking, component updates and sync are off.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _require_chromium() -> None:
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        reason = "chromium and chromium-driver are not installed (run `make browser`)"
        if os.environ.get("CI", "").strip().lower() == "true":
            pytest.fail(reason + " (CI=true: a skip here is a failure)")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def report_dir(prefect_server, tmp_path_factory) -> Path:
    """A run of the seeds plus one bad input, with its own reports folder."""
    from newsledger_flows.load import load_flow

    base = tmp_path_factory.mktemp("browser")
    inputs = base / "inputs"
    shutil.copytree(SEEDS, inputs)
    (inputs / "empty.txt").write_text("  \n", encoding="utf-8")       # a rejected input
    reports = base / "reports"
    summary = load_flow(paths=[str(inputs)], db=str(base / "w.duckdb"),
                        reports_dir=str(reports), show_progress=False)
    assert summary["status"] == "succeeded", summary
    assert summary["inputs_rejected"] == 1
    return reports


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    _require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", "--window-size=1200,1600",
                 # no network: no name resolves, the proxy is a closed port, loopback only
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                 "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    drv.set_page_load_timeout(60)
    drv.execute_cdp_cmd("Network.enable", {})
    drv.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*"]})
    yield drv
    drv.quit()


def open_offline(driver, page: Path) -> list[str]:
    """Open `page` with the network blocked; returns every URL it requested. Fails on a
    failed request, a request that is not a local file, or a console error."""
    driver.get_log("performance")                      # drop what earlier pages logged
    driver.get_log("browser")
    driver.get(page.resolve().as_uri())
    driver.execute_script("return document.readyState")
    urls, failed = {}, []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            urls[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.loadingFailed":
            failed.append((params.get("requestId"), params.get("errorText"), params.get("blockedReason")))
    requested = list(urls.values())
    assert [(urls.get(i), error, blocked) for i, error, blocked in failed] == []
    remote = [u for u in requested if not u.startswith(("file://", "data:"))]
    assert remote == [], remote
    errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    assert errors == [], errors
    return requested


def test_latest_report_in_chromium(driver, report_dir):
    from selenium.webdriver.common.by import By

    latest = report_dir / "latest.html"
    open_offline(driver, latest)
    assert driver.title.startswith("newsledger succeeded")

    charts = driver.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) >= 3                                  # inputs, timeline, currencies
    for chart in charts:
        size = chart.size
        assert size["width"] > 100 and size["height"] > 20, size
        assert chart.find_elements(By.CSS_SELECTOR, "rect.bar"), chart.get_attribute("aria-label")
    timeline = driver.find_element(By.CSS_SELECTOR, "#timeline svg.chart")
    assert "by type" in timeline.get_attribute("aria-label")

    rejected = driver.find_element(By.ID, "errors").text
    assert "empty.txt" in rejected
    figures = driver.find_elements(By.CSS_SELECTOR, "#figures td.sentence mark")
    assert figures, "figures are highlighted in their sentences"
    # nothing was fetched but the page itself
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources == []

    shot = report_dir / "screenshot.png"
    assert driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def shown_rows(driver, table_css: str, at_least: int) -> list[str]:
    """The text of the visible body rows of the tables matching `table_css`, once at least
    `at_least` are there (bootstrap-table draws them after the page loads) or after 10 s."""
    from selenium.webdriver.support.ui import WebDriverWait

    script = """return [...document.querySelectorAll(arguments[0] + ' tbody tr')]
        .filter(r => r.offsetParent !== null && r.getBoundingClientRect().height > 0)
        .map(r => r.innerText)"""
    rows: list[str] = []

    def enough(drv) -> bool:
        rows[:] = drv.execute_script(script, table_css)
        return len(rows) >= at_least
    try:
        WebDriverWait(driver, 10, poll_frequency=0.2).until(enough)
    except Exception:  # noqa: BLE001  (the caller's assertion shows what was there)
        pass
    return rows


def data_docs_site(report_dir: Path) -> Path:
    site = report_dir / "gx" / "gx" / "uncommitted" / "data_docs" / "local_site"
    assert (site / "index.html").is_file()
    return site


def test_data_docs_index_offline(driver, report_dir):
    """The Data Docs index with the network blocked: every asset from the report folder,
    no console error, the validation table filled by bootstrap-table (one row per suite),
    Font Awesome's icons drawn with its own font."""
    from selenium.webdriver.common.by import By

    requested = open_offline(driver, data_docs_site(report_dir) / "index.html")
    local = [u for u in requested if "/static/offline/" in u]
    assert any(u.endswith("bootstrap-table.min.js") for u in local), requested
    assert any(u.endswith("jquery.min.js") for u in local), requested
    rows = shown_rows(driver, "table.ge-index-page-validation-results-table", 8)
    assert len(rows) >= 8, rows
    text = " ".join(rows)
    assert "articles_suite" in text and "events_suite" in text and "run-" in text, text[:300]
    assert driver.find_elements(By.CSS_SELECTOR, ".bootstrap-table .fixed-table-container")
    icon_font = driver.execute_script(
        "return getComputedStyle(document.querySelector('i.fas')).fontFamily")
    assert "Font Awesome" in icon_font, icon_font
    assert driver.execute_script("return document.fonts.check('900 12px \"Font Awesome 6 Free\"')")
    shot = report_dir / "datadocs-index.png"
    assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def test_data_docs_validation_page_offline(driver, report_dir):
    """One validation page (the events suite of the run) with the network blocked: its
    results table shows a row per expectation."""
    from selenium.webdriver.common.by import By

    pages = sorted((data_docs_site(report_dir) / "validations" / "events_suite").rglob("*.html"))
    assert pages
    open_offline(driver, pages[-1])
    assert driver.find_elements(By.CSS_SELECTOR, ".bootstrap-table table"), "bootstrap-table did not run"
    rows = shown_rows(driver, ".bootstrap-table table", 9)
    text = " ".join(rows)
    assert len(rows) >= 9, rows
    assert "Evaluated Expectations" in text and "values must be unique" in text, text[:500]
    shot = report_dir / "datadocs-validation.png"
    assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
