# Two commands on a fresh machine: `make demo` and `make test`. Both install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The Spark extra is installed too: the DuckDB/Spark agreement test is required under CI.
EXTRAS ?= dev,spark

.PHONY: install demo test lint typecheck unit bench clean chromium

$(BIN)/.installed-$(EXTRAS): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

install: $(BIN)/.installed-$(EXTRAS)

# The demo needs neither Spark nor the test tools' browser: a lighter install.
demo:
	$(MAKE) install EXTRAS=dev
	$(BIN)/casereview demo

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest tests/unit -q

# The browser tests drive Debian's chromium (nothing is downloaded by Playwright).
chromium:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

test: lint typecheck chromium
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) casereview-demo casereview.db casereview-data .mypy_cache .ruff_cache .pytest_cache
