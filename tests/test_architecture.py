"""The package's import contracts (pyproject.toml, [tool.importlinter]): layers bottom-up and
no cycles. Checked on the code as it is, and shown to break on an upward import and on a
cycle planted in a copy of the package."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(tree: Path, config: Path) -> subprocess.CompletedProcess:
    """lint-imports on the packages found first on PYTHONPATH=tree (no cache)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([str(LINT), "--config", str(config), "--no-cache"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=300)


def copy_packages(tmp: Path) -> Path:
    shutil.copytree(ROOT / "newsledger", tmp / "newsledger",
                    ignore=shutil.ignore_patterns("__pycache__", "data", "templates"))
    shutil.copytree(ROOT / "flows", tmp / "newsledger_flows", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp / "pyproject.toml")
    return tmp


def test_the_package_keeps_its_contracts():
    out = lint(ROOT, ROOT / "pyproject.toml")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "2 kept, 0 broken" in out.stdout


def lint_with(tmp: Path, module: str, statement: str) -> subprocess.CompletedProcess:
    """lint-imports on a copy of the packages where `module` (a path under newsledger/) has
    one more import, inside a function."""
    tree = copy_packages(tmp)
    path = tree / "newsledger" / module
    path.write_text(path.read_text(encoding="utf-8")
                    + f"\n\ndef _planted():\n    {statement}  # noqa: F401\n", encoding="utf-8")
    return lint(tree, tree / "pyproject.toml")


def test_an_upward_import_breaks_the_layers(tmp_path):
    out = lint_with(tmp_path, "records.py", "from newsledger.warehouse import db")
    assert out.returncode != 0
    assert "layered bottom-up" in out.stdout and "BROKEN" in out.stdout
    assert "newsledger.records -> newsledger.warehouse.db" in out.stdout


def test_a_cycle_between_siblings_is_found(tmp_path):
    # html imports urls; now urls imports html
    out = lint_with(tmp_path, "ingest/urls.py", "from newsledger.ingest import html")
    assert out.returncode != 0
    assert "no import cycles" in out.stdout and "BROKEN" in out.stdout
