# newsledger: `make run` loads seeds/ into the default warehouse; `make test` runs the tests.
# Both create .venv and install everything from PyPI first (and Chromium from Debian for
# the browser test); nothing is installed by hand.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export DO_NOT_TRACK := 1
export GX_ANALYTICS_ENABLED := False
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90

.PHONY: install run test browser snapshot eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/newsledger run

# Headless Chromium and its driver for the report's browser test (Debian packages).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

test: install browser
	$(BIN)/python -m pytest -q

# Quality gate: extract the dev set (seeds/ and ../shared/eval/articles), score it with
# ../shared/eval/score.py, fail when an F1 falls more than 0.02 below tests/eval_floors.json.
eval: install
	mkdir -p data
	$(BIN)/python scripts/devscore.py --db $(CURDIR)/data/eval.duckdb --verbose --floors tests/eval_floors.json

# Rewrite tests/snapshots/extraction.jsonl (what extraction writes for seeds/) after an
# intended change to extraction; review its diff before committing.
snapshot: install
	$(BIN)/python tests/extraction_snapshot.py

clean:
	rm -rf $(VENV) .prefect reports data .pytest_cache .hypothesis
