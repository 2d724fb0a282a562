# Two commands: `make run` (set up everything and serve the demo) and `make test`.
SHELL := /bin/bash
# The venv's Python: Debian's python3.11 where it is installed with its venv module (make test
# installs python3.11-venv, .ci/apt-packages.txt), else python3. Debian's is what deploy/ runs
# (docs/deploy.md), and it is built with profile-guided and link-time optimisation: the unit layer
# took a sixth less CPU under it than under the python3 3.11.7 this machine's pyenv built without
# (docs/performance.md). An existing .venv keeps its Python: `make clean` first to change it.
PYTHON ?= $(shell /usr/bin/python3.11 -c 'import ensurepip, venv' 2>/dev/null && echo /usr/bin/python3.11 || echo python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# The address `make run` serves on (`make run PORT=8001`): the demo site's host and port, from
# which the sitemap and feeds build their links, and WAGTAILADMIN_BASE_URL, from which the
# requests desk's e-mails build theirs (tracking page, admin). Set SITE_URL when the browser
# reaches the server by another address (HOST=0.0.0.0 on a LAN, a proxy).
SITE_URL ?= http://$(HOST):$(PORT)
export DJANGO_SETTINGS_MODULE ?= portal_site.settings.dev

.PHONY: run test test-fast venv system-packages bench-packages migrate seed serve lint check messages clean duplicates format-templates

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

# Debian packages the tests need (PostgreSQL, gettext, poppler, Chromium); installed only if missing.
APT_LIST ?= .ci/apt-packages.txt
system-packages:
	@missing=$$(for p in $$(cat $(APT_LIST)); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		if [ "$$(id -u)" = 0 ]; then S=""; else S=sudo; fi; \
		$$S apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$S apt-get install -y -qq $$missing >/dev/null; \
	fi

# Debian packages the bench scripts need besides those (wrk, nginx).
bench-packages:
	@$(MAKE) --no-print-directory system-packages APT_LIST=bench/apt-packages.txt

migrate: venv
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo --site-url $(SITE_URL)

# The outbox worker (e-mail and SMS) runs beside the development server and stops with it.
run: export WAGTAILADMIN_BASE_URL = $(SITE_URL)
run: seed
	$(PY) manage.py create_demo_admin --url $(SITE_URL)/admin/
	@echo "Serving on $(SITE_URL)/  (admin: $(SITE_URL)/admin/)"
	@$(PY) manage.py outbox_worker --reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/vulture
	$(VENV)/bin/djlint --check templates

# Rewrite the templates the way `make lint` expects them ([tool.djlint] in pyproject.toml).
format-templates: venv
	$(VENV)/bin/djlint --reformat templates

# Places that repeat six or more lines (the `duplicates` tool, where it is installed). What it
# still lists outside data and migrations is mostly the shape of declarations (choices, fields, Meta).
duplicates:
	duplicates --most 200 --seconds 120

check: venv
	DJANGO_SETTINGS_MODULE=portal_site.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal_site.settings.test $(PY) manage.py makemigrations --check --dry-run

test: system-packages venv
	.ci/with-postgres.sh $(MAKE) --no-print-directory test-inner

# pytest on TEST_WORKERS processes (pytest-xdist; `auto` is one per CPU), each on its own copy
# of the seeded database (and, in the browser and server layers, its own gunicorn and Chromium).
# Compiled modules and pytest's rewritten test modules are kept in __pycache__ even where
# PYTHONDONTWRITEBYTECODE is set: compiling them again in every worker cost about 3 s of each
# run's start. DJANGO_SETTINGS_MODULE is unset (this Makefile exports the development one):
# tests/conftest.py names the test settings, and the xdist controller then skips Django's setup.
TEST_WORKERS ?= auto
PYTEST = env -u PYTHONDONTWRITEBYTECODE -u DJANGO_SETTINGS_MODULE \
	$(VENV)/bin/pytest -q -n $(TEST_WORKERS)
# The unit layer hands its tests out by work stealing: under `--dist load` one worker often
# sat idle for the last 3 to 6 s while the other finished the tests queued to it.
UNIT_LAYER = -m "not browser and not server and not slow" --dist=worksteal

# The unit layer (as test-fast), then the browser, server and slow layers; the second run
# restores the seeded snapshot the first one saved.
test-inner: lint check
	$(PYTEST) $(UNIT_LAYER)
	$(PYTEST) -m "browser or server or slow"

# The unit layer only: no browser, no gunicorn or live server, no scale data or backup round trip.
# Add `ARGS=--lf` to rerun what failed last time, `TEST_WORKERS=0` for one process (pdb, -x).
test-fast: system-packages venv
	.ci/with-postgres.sh $(PYTEST) $(UNIT_LAYER) $(ARGS)

# Refresh the Persian translation catalogue after changing translatable strings: makemessages
# and compilemessages, keeping our translations of Wagtail's and Django's own strings (which
# makemessages alone drops) and listing the strings still to translate.
messages: venv
	$(PY) manage.py refresh_messages

clean:
	rm -rf $(VENV) staticfiles
