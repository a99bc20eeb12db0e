# The two commands of the README: `make run` and `make test`.
#
# Both work in a project virtualenv (`.venv/`, made once with $(PYTHON)) and install the exact
# versions of the lock files, so nothing is ever installed into the system Python (which Debian
# and Ubuntu refuse anyway, PEP 668) and a package left on the machine by hand changes nothing.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8501
DATA ?= data
# WORKERS=N or auto: N dashboard processes behind HAProxy; empty: one process, no proxy
WORKERS ?=
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

VPY := $(VENV)/bin/python
# pip's own cache is kept; the venv is what must be fresh.
PIP := $(VPY) -m pip install --quiet --disable-pip-version-check

.PHONY: run install install-test chromium proxy test lint lock

$(VPY):
	$(PYTHON) -m venv $(VENV)

# Stamps inside the venv: a changed lock reinstalls, a fresh venv installs everything.
# A lock is complete (every dependency pinned and hashed), so pip installs it as written
# (--no-deps) and `pip check` then proves nothing is missing: left to resolve, pip 23 weighed a
# newer lxml on PyPI for justext's "lxml[html_clean]" extra and refused the hashed install.
$(VENV)/.installed-main: requirements.lock pyproject.toml | $(VPY)
	$(PIP) --require-hashes --no-deps -r requirements.lock
	$(PIP) --no-deps -e .
	$(VPY) -m pip check
	@touch $@

$(VENV)/.installed-test: requirements-test.lock pyproject.toml | $(VPY)
	$(PIP) --require-hashes --no-deps -r requirements-test.lock
	$(PIP) --no-deps -e .
	$(VPY) -m pip check
	@touch $@ $(VENV)/.installed-main

install: $(VENV)/.installed-main

run: install $(if $(WORKERS),proxy)
	$(VPY) -m dashboard serve --port $(PORT) --data $(DATA) $(if $(WORKERS),--workers $(WORKERS))

# Debian's haproxy, for `make run WORKERS=...` and the serving tests; the project writes its config.
proxy:
	@command -v haproxy >/dev/null 2>&1 || test -x /usr/sbin/haproxy || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq haproxy)

# Debian's chromium: `playwright install` cannot download browsers on this kind of machine.
chromium:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium)

install-test: chromium proxy $(VENV)/.installed-test

lint: install-test
	$(VPY) -m ruff check .

test: install-test lint
	$(VPY) -m pytest -q -ra

# Refresh both lock files from pyproject.toml's ranges (exact versions, with hashes, for every
# platform and Python 3.11+). uv is installed into the venv only for this.
lock: $(VPY)
	$(PIP) uv
	$(VPY) -m uv pip compile pyproject.toml --universal --python-version 3.11 \
	  --generate-hashes --quiet -o requirements.lock
	$(VPY) -m uv pip compile pyproject.toml --extra test --universal --python-version 3.11 \
	  --generate-hashes --quiet -o requirements-test.lock
