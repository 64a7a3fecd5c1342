# Bydlení v krajích: `make run` serves the demo, `make test` runs the whole suite.
VENV := .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MANAGE := $(PYTHON) manage.py
PORT ?= 8000
# pytest-xdist workers: one per core keeps the suite well under 15 minutes.
TEST_WORKERS ?= auto
PYTHON_SOURCES := cms knowledge monitoring opendata search tests bench manage.py

.DEFAULT_GOAL := help

.PHONY: help install check-port run demo test lint format messages check-migrations browser bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	bin/install-python-deps $(VENV)
	@touch $@

install: $(STAMP) ## Create .venv and install the project with its test tools

# Runs before install, so a taken port is reported at once instead of by runserver's traceback.
check-port:
	@bin/check-port $(PORT)

run: check-port install ## Migrate, load the demo content, serve http://127.0.0.1:8000 and run the import worker (another port: make run PORT=8001)
	@mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin
	bin/serve-with-worker 127.0.0.1:$(PORT)

demo: install ## Load the demo content into the current database
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo

lint: install ## ruff (lint and format check) and djhtml
	$(VENV)/bin/ruff check $(PYTHON_SOURCES)
	$(VENV)/bin/ruff format --check $(PYTHON_SOURCES)
	$(VENV)/bin/djhtml --check templates

format: install ## Reformat Python and templates
	$(VENV)/bin/ruff check --fix $(PYTHON_SOURCES)
	$(VENV)/bin/ruff format $(PYTHON_SOURCES)
	$(VENV)/bin/djhtml templates

# makemessages needs GNU gettext (xgettext); compiling does not, and the .mo is committed.
messages: install ## Update the Czech catalogue locale/cs from the code and compile it
	$(MANAGE) makemessages -l cs --no-location $(foreach dir,.venv staticfiles static var tests bench media,--ignore="$(dir)/*")
	$(PYTHON) bin/compile-messages

check-migrations: install ## Fail when models changed without a migration
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

test: install check-migrations ## Run the whole suite (DATABASE_URL=postgres://… for PostgreSQL)
	$(VENV)/bin/pytest -n $(TEST_WORKERS)

browser: ## Install Debian's chromium for the browser tests (needs root)
	bin/install-browser

bench: install ## Run the benchmarks (see README)
	@for script in bench/*.py; do echo "== $$script"; $(PYTHON) $$script || exit 1; done

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) var staticfiles
