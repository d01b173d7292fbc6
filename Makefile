# Mutasi: `make run` starts the main job, `make test` runs the whole suite.
# Everything is installed into .venv by the `install` target on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# every in-tree plugin: plugins/<region>/ with its own pyproject.toml
PLUGIN_DIRS := $(patsubst %/pyproject.toml,%,$(wildcard plugins/*/pyproject.toml))
STAMP := $(VENV)/.installed

.PHONY: help install run test lint format clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml $(addsuffix /pyproject.toml,$(PLUGIN_DIRS))
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]' $(addprefix -e ,$(PLUGIN_DIRS))
	touch $(STAMP)

install: $(STAMP) ## create .venv with Mutasi, the five regional plugins and dev tools

HOST ?= 127.0.0.1
PORT ?= 8000

run: install ## serve the API on SQLite (var/) with all plugins and demo data
	$(BIN)/mutasi plugins
	$(BIN)/mutasi serve --demo --host $(HOST) --port $(PORT)

lint: install ## ruff (lint + format check) and mypy --strict
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy core api $(PLUGIN_DIRS)

test: install lint ## lint, then the whole test suite
	$(BIN)/python -m pytest

format: install ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
