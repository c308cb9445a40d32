"""The Great Expectations suites of newsledger, one JSON file per table, shipped as package
data (`newsledger.expectations`): read them with `newsledger.resources.EXPECTATIONS_DIR`."""
