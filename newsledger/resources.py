"""Files shipped inside the package, found with importlib.resources so that a wheel
installed anywhere reads them as an editable checkout does:

* `sql/` (the package `newsledger.sql`): every SQL statement, in .sql files;
* `expectations/` (`newsledger.expectations`): the Great Expectations suites, one JSON per table;
* the `data/` folder beside each module that has data files (lexicons, gazetteers, templates).

In the repository `sql/`, `expectations/` and `flows/` sit at the top level (the layout of
the design card); pyproject.toml maps them into the package.
"""
from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

SQL_DIR: Traversable = files("newsledger.sql")
EXPECTATIONS_DIR: Traversable = files("newsledger.expectations")


def data_dir(package: str) -> Traversable:
    """The `data/` folder of a package of newsledger (e.g. 'newsledger.extract')."""
    return files(package) / "data"


def listing(folder: Traversable, suffix: str) -> list[Traversable]:
    """The files of `folder` whose names end in `suffix`, in name order."""
    return sorted((p for p in folder.iterdir() if p.name.endswith(suffix) and p.is_file()),
                  key=lambda p: p.name)
