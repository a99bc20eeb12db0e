# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
PORT ?= 8501
DATA ?= data
# WORKERS=N or auto: N dashboard processes behind HAProxy; empty: one process, no proxy
WORKERS ?=
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run install install-test chromium proxy test lint

install:
	$(PYTHON) -m pip install --quiet -e .

run: install $(if $(WORKERS),proxy)
	$(PYTHON) -m dashboard serve --port $(PORT) --data $(DATA) $(if $(WORKERS),--workers $(WORKERS))

# Debian's haproxy, for `make run WORKERS=...`; the project generates its config.
proxy:
	@command -v haproxy >/dev/null 2>&1 || test -x /usr/sbin/haproxy || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq haproxy)

# Debian's chromium: `playwright install` cannot download browsers on this kind of machine.
chromium:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium)

install-test: chromium proxy
	$(PYTHON) -m pip install --quiet -e '.[test]'

lint:
	$(PYTHON) -m ruff check .

test: install-test lint
	$(PYTHON) -m pytest -q -ra
