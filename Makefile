# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
PORT ?= 8501
DATA ?= data
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run install install-test chromium test lint

install:
	$(PYTHON) -m pip install --quiet -e .

run: install
	$(PYTHON) -m dashboard serve --port $(PORT) --data $(DATA)

# Debian's chromium: `playwright install` cannot download browsers on this kind of machine.
chromium:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium)

install-test: chromium
	$(PYTHON) -m pip install --quiet -e '.[test]'

lint:
	$(PYTHON) -m ruff check .

test: install-test lint
	$(PYTHON) -m pytest -q -ra
