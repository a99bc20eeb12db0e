"""python -m dashboard serve|validate|export|ingest|import|bench|reviewer|review"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dashboard.dataset import data_dir

APP = Path(__file__).resolve().parent / "ui" / "app.py"


def _data_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", metavar="DIR", default=None,
                   help="dataset directory (default: $DASHBOARD_DATA or the bundled data/)")


def cmd_serve(args: argparse.Namespace) -> int:
    from dashboard import serving

    env = dict(os.environ)
    env["DASHBOARD_DATA"] = str(data_dir(args.data).resolve())
    # a worker is `python -m dashboard.ui.worker`: this very package, wherever it came from
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    if args.review and (args.workers is not None or args.upstream):
        # Sign-in throttling and the dataset's writer lock are one process's: the review server
        # runs alone (README, "Serving many readers"), never as one of the readers' workers.
        print("serve: --review runs as one process; start the review server without --workers "
              "or --upstream", file=sys.stderr)
        return 2
    if args.workers is None and not args.upstream:
        # The default: one process, no proxy, exactly as a single reader needs.
        cmd = serving.worker_command(args.port, args.address) + _review_args(args)
        print(f"Serving the claims map on http://{args.address}:{args.port} "
              f"(data: {env['DASHBOARD_DATA']})", flush=True)
        # The server takes this process's place: a signal to `serve` (Ctrl-C, a service
        # manager's SIGTERM) reaches the server itself. Run as a child, it outlived a `serve`
        # that was sent SIGTERM, still holding its port.
        os.execve(cmd[0], cmd, env)  # noqa: S606 - an argv list, no shell
    return _serve_many(args, env)


def _serve_many(args: argparse.Namespace, env: dict[str, str]) -> int:
    from dashboard import serving, shell_files

    try:
        count = serving.worker_count(args.workers or "0")
        remote = [serving.parse_upstream(u) for u in args.upstream]
    except ValueError as exc:
        print(f"serve: {exc}", file=sys.stderr)
        return 2
    first = args.worker_port or args.port + 100
    local = [serving.Upstream(args.worker_address, first + i) for i in range(count)]
    runtime = serving.prepare_runtime(Path(args.runtime) if args.runtime
                                      else serving.default_runtime(args.port))
    # Every worker of a deployment signs cookies with the same secret (see serving.cookie_secret)
    env.setdefault("STREAMLIT_SERVER_COOKIE_SECRET", serving.cookie_secret(runtime))
    # Every host's workers serve the level-9 copies of the page's scripts (a worker on another
    # host gets them from its own `serve --no-proxy`); done before the workers start
    packed = shell_files.pack_shell()
    proxy = None
    if not args.no_proxy:
        config = runtime / serving.CONFIG_FILE
        try:
            text = serving.proxy_config(
                [*local, *remote], address=args.address, port=args.port,
                stats_socket=runtime / serving.STATS_SOCKET,
                shell_maps=shell_files.write_maps(packed, runtime) if packed else None)
        except ValueError as exc:
            print(f"serve: {exc}", file=sys.stderr)
            return 2
        serving.write_atomic(config, text)
        binary = serving.proxy_binary()
        if binary is None:
            print(f"serve: wrote {config}, but HAProxy is not installed: `make proxy` installs "
                  "Debian's haproxy (or run it yourself with that file)", file=sys.stderr)
            return 2
        problem = serving.check_proxy_config(config, binary)
        if problem:
            print(f"serve: HAProxy refused {config}:\n{problem}", file=sys.stderr)
            return 2
        if args.config_only:
            print(config)
            return 0
        proxy = serving.Child("proxy", [binary, "-db", "-f", str(config)])
    elif not local:
        print("serve: --no-proxy needs --workers N", file=sys.stderr)
        return 2
    where = (f"http://{args.address}:{args.port} through HAProxy" if proxy
             else "no proxy (this host's workers only)")
    print(f"Serving the claims map on {where}: {len(local)} local worker(s) on "
          f"{', '.join(u.address for u in local) or 'none'}"
          + (f", remote {', '.join(u.address for u in remote)}" if remote else "")
          + f" (data: {env['DASHBOARD_DATA']}; runtime: {runtime})", flush=True)
    return serving.Supervisor([serving.worker(u) for u in local], env=env, runtime=runtime,
                             proxy=proxy).run()


def _review_args(args: argparse.Namespace) -> list[str]:
    """Script arguments for the review page; without --review the app has no write path."""
    if not getattr(args, "review", False):
        return []
    extra = ["--review"]
    if getattr(args, "trust_proxy_header", None):
        extra += ["--trust-proxy-header", args.trust_proxy_header]
    # Streamlit's own upload cap (MB), on top of the page's byte check.
    return ["--server.maxUploadSize", "2", "--", *extra]


def cmd_reviewer_add(args: argparse.Namespace) -> int:
    from dashboard.curation.cli import main_reviewer_add

    return main_reviewer_add(args.name, password_stdin=args.password_stdin)


def cmd_review_add(args: argparse.Namespace) -> int:
    from dashboard.curation.cli import main_review_add

    return main_review_add(args.file, reviewer=args.reviewer, url=args.url,
                           published=args.published, outlet=args.outlet, title=args.title,
                           accept=args.accept, data=args.data)


def _review_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reviewer", help="reviewer accounts for the review page")
    rsub = p.add_subparsers(dest="action", required=True)
    q = rsub.add_parser("add", help="add a reviewer (or set a new password)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of stdin (for scripts)")
    q.set_defaults(func=cmd_reviewer_add)

    p = sub.add_parser("review", help="the review loop without a browser")
    rsub = p.add_subparsers(dest="action", required=True)
    q = rsub.add_parser("add", help="archive a report, extract its claims, accept some")
    q.add_argument("file", metavar="FILE", help="a .txt report or a saved .html article page")
    q.add_argument("--url", default=None)
    q.add_argument("--published", default=None, help="YYYY-MM-DD, YYYY-MM or YYYY")
    q.add_argument("--outlet", default=None)
    q.add_argument("--title", default=None)
    q.add_argument("--reviewer", required=True, metavar="NAME")
    q.add_argument("--accept", default=None, metavar="all|ID,...",
                   help="accept these candidates as extracted (default: list them only)")
    _data_arg(q)
    q.set_defaults(func=cmd_review_add)


def cmd_validate(args: argparse.Namespace) -> int:
    from dashboard.pipeline import load

    extra = tuple(Path(p) for p in args.review)
    loaded = load(args.data, extra_files=extra)
    problems = sorted(loaded.problems, key=lambda p: (p.severity != "error", p.file, p.line))
    for p in problems:
        tag = "" if p.severity == "error" else " (warning)"
        print(f"{p}{tag}")
    errors = len(loaded.errors)
    warnings = len(problems) - errors
    claims = loaded.table["claim_id"].nunique() if not loaded.table.empty else 0
    print(f"{claims} claims loaded from {data_dir(args.data)}; "
          f"{errors} errors, {warnings} warnings", file=sys.stderr)
    return 1 if errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    from dashboard.export import geojson_text, to_csv
    from dashboard.pipeline import load
    from dashboard.storage import write_atomic

    loaded = load(args.data)
    for p in loaded.errors:
        print(f"rejected: {p}", file=sys.stderr)
    table = loaded.table
    if not args.include_unreviewed:
        table = table[table["review_status"] != "machine_extracted"]
    if args.format == "geojson":
        coords = {pid: (p.lat, p.lon) for pid, p in loaded.gazetteer.places.items()
                  if p.lat is not None and p.lon is not None}
        text = geojson_text(table, gazetteer_coords=coords)
    else:
        text = to_csv(table)
    if args.out:
        write_atomic(args.out, text)
        print(f"wrote {len(table)} claim-places to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from dashboard.extract.cli import main_ingest

    return main_ingest(args.files, published=args.published, outlet=args.outlet,
                       fmt=args.format, out=args.out, workers=args.workers)


def cmd_import(args: argparse.Namespace) -> int:
    from dashboard.importers import run_import

    return run_import(args.kind, args.file, out=args.out, merge_into=args.merge_into,
                      admin1=args.admin1)


def cmd_bench(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from bench_scale import main as bench_main  # type: ignore[import-not-found]

    argv = ["--sizes", args.sizes] + (["--json"] if args.json else []) + (
        ["--keep"] if args.keep else [])
    if args.naive_timeout is not None:
        argv += ["--naive-timeout", str(args.naive_timeout)]
    if args.repeat is not None:
        argv += ["--repeat", str(args.repeat)]
    return bench_main(argv)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Map of claimed conflict incidents in Balochistan: claims, not facts.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="start the dashboard")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default="127.0.0.1",
                   help="where readers connect (the proxy, or the one process)")
    p.add_argument("--workers", default=None, metavar="N|auto",
                   help="N dashboard processes behind HAProxy (auto: one per core); "
                        "default: one process, no proxy")
    p.add_argument("--upstream", action="append", default=[], metavar="HOST:PORT",
                   help="also send readers to a worker on another host (repeatable)")
    p.add_argument("--worker-address", default="127.0.0.1", metavar="ADDR",
                   help="where this host's workers listen (a private address for a "
                        "proxy on another host)")
    p.add_argument("--worker-port", type=int, default=None, metavar="N",
                   help="first worker's port (default: --port + 100)")
    p.add_argument("--no-proxy", action="store_true",
                   help="start and supervise the workers only (the proxy runs elsewhere)")
    p.add_argument("--runtime", default=None, metavar="DIR",
                   help="folder for the generated proxy config and the workers' state "
                        "(default: $XDG_RUNTIME_DIR or /tmp, claims-map-PORT)")
    p.add_argument("--config-only", action="store_true",
                   help="write and check the proxy config, print its path, start nothing")
    _data_arg(p)
    p.add_argument("--review", action="store_true",
                   help="also serve the review page at /review (signed-in reviewers write)")
    p.add_argument("--trust-proxy-header", default=None, metavar="HEADER",
                   help="with --review: take the reviewer from this header set by an "
                        "authenticating proxy (e.g. X-Forwarded-User)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("validate", help="check the dataset and gazetteer; exit 1 on any error")
    _data_arg(p)
    p.add_argument("--review", nargs="*", default=[], metavar="FILE",
                   help="also check these review files written by ingest")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("export", help="the claims as GeoJSON or CSV")
    p.add_argument("--format", choices=["geojson", "csv"], default="geojson")
    p.add_argument("--out", metavar="FILE", default=None, help="write here (default: stdout)")
    p.add_argument("--include-unreviewed", action="store_true",
                   help="include machine-extracted claims from review files")
    _data_arg(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("ingest", help="extract candidate claims from report texts")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--published", default=None, help="publication date, YYYY-MM-DD or YYYY-MM")
    p.add_argument("--outlet", default=None)
    p.add_argument("--format", choices=["json", "yaml"], default="json")
    p.add_argument("--out", default=None, metavar="FILE")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes for a batch (default: every core once there are 20 "
                        "reports a core; 1 reads them all in this process)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("import", help="import an ACLED or UCDP GED CSV export as claims")
    p.add_argument("kind", choices=["acled", "ucdp"])
    p.add_argument("file", metavar="FILE.csv")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="DIR", default=None,
                       help="write a new dataset directory (default: data-<report id>)")
    where.add_argument("--merge-into", metavar="DIR", default=None,
                       help="add to an existing dataset directory (e.g. data/)")
    p.add_argument("--admin1", default=None, metavar="NAME",
                   help="keep only rows in this province, matched as a whole name (case, "
                        "accents, spacing and a trailing 'province' aside); others are listed, "
                        "not imported")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("bench", help="scale benchmark: synthetic claims vs one marker each")
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--json", action="store_true", help="one JSON object keyed by size")
    p.add_argument("--naive-timeout", type=float, default=None, metavar="S",
                   help="give up on the naive page after this many seconds")
    p.add_argument("--keep", action="store_true", help="keep the generated data and logs")
    p.add_argument("--repeat", type=int, default=None, metavar="N",
                   help="cold loads of our page per size, median reported (default 3)")
    p.set_defaults(func=cmd_bench)

    _review_parsers(sub)

    args = parser.parse_args(argv)
    return int(args.func(args) or 0)
