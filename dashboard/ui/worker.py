"""One dashboard process: ``streamlit run`` with the page's modules imported before it listens.

``python -m dashboard.ui.worker APP [streamlit options] [-- app options]`` is ``streamlit run``
with the same arguments. Streamlit imports a page's modules during the first reader's first
run, which is also the first time the process answers anything but its health check: that
reader waited for about 1.2 s of CPU of imports (several seconds on a loaded machine), and so
did every reader that arrived with them. After a worker is restarted, that is where the proxy
sends readers first (it has the fewest). Imported here, before the server starts, the cost is
paid while the proxy still counts the worker as down.
"""

from __future__ import annotations

import sys

# The modules the reader page imports (app.py), in the order it imports them. The review page
# is imported only by a server started with --review, and is left to it.
PAGE_MODULES = ("dashboard.briefing", "dashboard.dataset", "dashboard.share",
                "dashboard.ui.brief", "dashboard.ui.exports", "dashboard.ui.history",
                "dashboard.ui.panels", "dashboard.ui.selection", "dashboard.ui.sidebar",
                "dashboard.ui.url", "dashboard.ui.state")


def preload() -> None:
    import importlib

    for name in PAGE_MODULES:
        importlib.import_module(name)


def main(argv: list[str]) -> None:
    preload()
    from streamlit.web import cli

    cli.main(["run", *argv], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
