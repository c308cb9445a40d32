"""The run report in a real browser: headless Chromium driven by Selenium over file://.

Chromium and its driver are the Debian packages `chromium` and `chromium-driver`
(`make browser` installs them; `make test` runs it first). The browser gets no network
access it could use: background networking, component updates and sync are off.
"""
from __future__ import annotations

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
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


def test_latest_report_in_chromium(driver, report_dir):
    from selenium.webdriver.common.by import By

    latest = report_dir / "latest.html"
    driver.get(latest.resolve().as_uri())
    assert driver.title.startswith("newsledger succeeded")

    errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    assert errors == [], errors

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
