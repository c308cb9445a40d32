"""newsledger installed like real software: a wheel built from the repository, installed into
a fresh virtual environment outside it, runs `newsledger run` on one seed file there.

The wheel goes in with --no-deps and the fresh environment borrows the dependencies already
installed in the test's own environment (a path line in a .pth file), so the test takes
seconds, not the minutes of a download of Prefect, spaCy and the model. The project itself
comes only from the wheel: the check below proves that `newsledger` is imported from the
new environment, and the run reads its SQL, suites and data files from there."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]

pytestmark = pytest.mark.slow


# what a source distribution holds: no environment, caches, warehouses or old build folders
NOT_SOURCE_ANYWHERE = {"__pycache__", ".pytest_cache", ".hypothesis"}
NOT_SOURCE_AT_TOP = {".git", ".venv", "build", ".cache", ".prefect", "data", "reports", "newsledger.egg-info"}


def not_source(folder: str, names: list[str]) -> set[str]:
    top = Path(folder) == ROOT
    return {n for n in names if n in NOT_SOURCE_ANYWHERE or (top and n in NOT_SOURCE_AT_TOP)}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a clean copy of the repository (a build/ folder left in the
    checkout would otherwise lend its stale files to the wheel)."""
    src = tmp_path_factory.mktemp("src") / "newsledger"
    shutil.copytree(ROOT, src, ignore=not_source)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out),
                    str(src)], check=True, capture_output=True, text=True, timeout=600)
    return next(out.glob("newsledger-*.whl"))


def test_the_wheel_holds_one_library_its_flows_and_its_files(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.startswith("newsledger-")}
    assert top == {"newsledger", "newsledger_flows"}            # nothing named `flows`
    for shipped in ("newsledger/sql/schema/01_published.sql", "newsledger/sql/queries/top_actors.sql",
                    "newsledger/expectations/events.json", "newsledger/extract/data/countries.tsv",
                    "newsledger/ingest/data/stopwords.json", "newsledger/report/templates/run.html",
                    "newsledger_flows/load.py"):
        assert shipped in names, shipped


def test_newsledger_run_from_a_fresh_environment_outside_the_repository(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # the test environment's dependencies (a path line: its .pth files, and so the
    # repository's editable install, are not processed)
    Path(site, "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--quiet",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True, text=True,
                   timeout=300)
    work = tmp_path / "somewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSLEDGER_", "PYTHON"))}
    env["PREFECT_HOME"] = str(work / ".prefect")
    where = subprocess.run([str(py), "-c", "import newsledger, newsledger_flows, newsledger.resources as r; "
                            "print(newsledger.__file__); print(r.SQL_DIR)"],
                           cwd=work, env=env, capture_output=True, text=True, check=True).stdout.split()
    assert all(p.startswith(site) for p in where), where
    run = subprocess.run([str(env_dir / "bin" / "newsledger"), "run", str(SEED)], cwd=work, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "SUCCEEDED" in run.stdout
    db = work / "data" / "newsledger.duckdb"                    # the default warehouse, here
    import duckdb
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from dim_articles").fetchone()[0] == 1
        assert con.execute("select count(*) from fact_events").fetchone()[0] > 0
    assert (work / "reports" / "latest.html").is_file()
