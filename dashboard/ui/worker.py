"""One dashboard process: ``streamlit run`` with the page's core imported before it listens.

``python -m dashboard.ui.worker APP [streamlit options] [-- app options]`` is ``streamlit run``
with the same arguments. Streamlit imports a page's modules during the first reader's first
run, which is also the first time the process answers anything but its health check: that
reader waited for about 1.2 s of CPU of imports (several seconds on a loaded machine), and so
did every reader who arrived with them. After a worker is restarted, that is where the proxy
sends readers first (it has the fewest). Imported here, before the server starts, the cost is
paid while the proxy still counts the worker as down.

Only the core (no Streamlit in it) and the libraries it uses: a module that touches Streamlit
at import must wait for the runtime. streamlit-folium, for one, registers its component only
when imported inside a script run; imported before, its frame's files were never served.
"""

from __future__ import annotations

import importlib
import sys

# The core modules the reader page's modules import (dashboard/ui/*), with their libraries
# (pandas, folium, altair, ...): ~1.2 s of the first run's imports; the page's own modules
# are ~0.1 s more.
CORE_MODULES = ("dashboard.assets", "dashboard.briefing", "dashboard.curation.history",
                "dashboard.dataset", "dashboard.events", "dashboard.export",
                "dashboard.filters", "dashboard.gazetteer", "dashboard.geocode",
                "dashboard.legend", "dashboard.models", "dashboard.pipeline",
                "dashboard.render", "dashboard.serving", "dashboard.share",
                "dashboard.storage", "dashboard.table", "dashboard.timeline")


def preload() -> None:
    for name in CORE_MODULES:
        importlib.import_module(name)


def main(argv: list[str]) -> None:
    preload()
    from streamlit.web import cli

    cli.main(["run", *argv], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
