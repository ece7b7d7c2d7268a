# Two commands matter: `make demo` and `make test`. Everything installs into .venv from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo demo-province test lint format bench install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/nhacviec demo

# The province after the 2025 reform (tỉnh Lạng Sơn, a 2026 notice), in data/demo-province.sqlite3.
demo-province: $(STAMP)
	$(BIN)/nhacviec demo --province

# pytest-xdist: one worker per CPU (`-n auto`), each test file kept on one worker (`loadfile`:
# module fixtures such as the CLI tests' built demo are made once). Each worker has its own temp
# dirs and its own PostgreSQL database (tests/conftest.py). PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto

test: $(STAMP)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) data/*.sqlite3 .pytest_cache .mypy_cache .ruff_cache
