# Two commands on a fresh machine:
#   make site   installs into .venv, generates content/ from articles/, builds site/
#   make test   installs the test tools too (Chromium, Java, npm packages) and runs every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# apt-get needs root; as another user it goes through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test bench serve check clean

site: $(VENV)/.installed
	$(BIN)/briefing build

serve: $(VENV)/.installed
	$(BIN)/briefing serve

check: $(VENV)/.installed
	$(BIN)/briefing check

test: $(VENV)/.installed-test node_modules/.installed system-tools
	BRIEFING_REQUIRE_TEST_TOOLS=1 $(BIN)/python -m pytest

# Every benchmark prints its figures; the scale benchmark runs last and ends with one line
# of JSON that tools outside the project read.
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.bench_extract
	$(BIN)/python -m benchmarks.bench_align
	$(BIN)/python -m benchmarks.bench_regenerate
	$(BIN)/python -m benchmarks.bench_hostile
	$(BIN)/python -m benchmarks.bench_render
	$(BIN)/python -m benchmarks

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the real-browser tests and a Java runtime for the Nu HTML checker.
system-tools:
	@command -v chromium >/dev/null && command -v java >/dev/null || { \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium default-jre-headless; }

clean:
	rm -rf $(VENV) node_modules site .cache .pytest_cache .hypothesis test-artifacts
