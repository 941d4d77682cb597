"""Command line: ``jobcenter-desktop [--db URL] COMMAND``. The GUI is the default command.

Exit codes: 0 ok, 1 a user error (one line on stderr, Danish or English), 2 an unexpected
error (logged with traceback to the log file; stderr names the file). Never a traceback on
the terminal for bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from . import __version__, logsetup
from .domain.errors import UserError
from .settings import Settings, cpr_key_path, default_db_path

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str) -> Callable:
    def register(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = fn
        return fn

    return register


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobcenter-desktop",
        description="Jobcenter Desktop: virksomheder, kandidater, matchning og strategikort.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="SQLAlchemy URL or SQLite file path (default: the data dir; "
                        "or JOBCENTER_DB)")
    parser.add_argument("--lang", choices=("da", "en"), help="language of messages and the UI")
    parser.add_argument("--user", help=argparse.SUPPRESS)  # acting user name (tests, scripts)
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("gui", help="open the window (default)")

    demo = sub.add_parser("demo", help="fill the store with a demo jobcenter")
    demo.add_argument("--companies", type=int, default=300)
    demo.add_argument("--candidates", type=int, default=1500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="seed even if the store has data")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="upgrade the schema to this version")

    sub.add_parser("check", help="check integrity and schema version")

    lst = sub.add_parser("list", help="list records (for scripting)")
    lst.add_argument("what", choices=("companies", "candidates", "job-orders", "placements", "maps"))
    lst.add_argument("--search", default="")
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--json", action="store_true", help="print JSON (default: a table)")

    shot = sub.add_parser("screenshot", help="render a tab offscreen to a PNG file")
    shot.add_argument("--tab", required=True, choices=("companies", "candidates", "matching", "strategy"))
    shot.add_argument("--width", type=int, default=1400)
    shot.add_argument("--height", type=int, default=860)
    shot.add_argument("out")
    for module in _area_modules():
        module.add_parsers(sub)
    return parser


def _area_modules() -> list:
    import importlib
    import pkgutil

    from . import commands

    return [importlib.import_module(f"{commands.__name__}.{info.name}")
            for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name)
            if not info.name.startswith("_")]  # _shared.py holds helpers, not commands


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = Settings()
    args.lang = args.lang or settings.get("language")
    args.command = args.command or "gui"  # a shared verb's sub-parser sets "print visit-handout" etc.
    try:
        handler = COMMANDS[args.command]
        return handler(args)
    except UserError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - last resort: log it, never show a traceback
        path = logsetup.log_unexpected(exc, f"in command {args.command}")
        msg = ("Der opstod en uventet fejl. Detaljer er skrevet i {p}" if args.lang == "da"
               else "An unexpected error occurred. Details were written to {p}")
        print(msg.format(p=path), file=sys.stderr)
        return 2


# ---------------------------------------------------------------------- helpers


def store_url(args: argparse.Namespace) -> str:
    return args.db or os.environ.get("JOBCENTER_DB") or Settings().get("db_url") or str(default_db_path())


def open_services(args: argparse.Namespace):  # noqa: ANN201
    from .services.bootstrap import open_store
    from .services.cpr_vault import CprVault

    settings = Settings()
    return open_store(
        store_url(args),
        vault=CprVault.from_key_file(cpr_key_path()),
        username=args.user,
        jobcenter_name=settings.get("jobcenter_name"),
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable))


# ---------------------------------------------------------------------- commands


@command("gui")
def cmd_gui(args: argparse.Namespace) -> int:
    from .app import run_gui

    return run_gui(store_url(args), language=args.lang, username=args.user)


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import DemoSize, seed_demo, store_is_empty

    if args.companies < 0 or args.candidates < 0:
        raise UserError("Antal skal være 0 eller mere.", "Counts must be 0 or more.")
    services = open_services(args)
    try:
        if not args.force and not store_is_empty(services.ctx):
            raise UserError(
                "Databasen indeholder allerede virksomheder; brug --force for at tilføje demodata.",
                "The store already has companies; use --force to add demo data anyway.",
            )

        def progress(stage: str, done: int, total: int) -> None:
            print(f"\r{stage}: {done}/{total}", end="", file=sys.stderr, flush=True)

        counts = seed_demo(services.ctx, DemoSize(args.companies, args.candidates, args.seed), progress)
        print(file=sys.stderr)
        print_json(counts)
    finally:
        services.close()
    return 0


@command("db")
def cmd_db(args: argparse.Namespace) -> int:
    from .persistence import migrate
    from .persistence.engine import create_store_engine

    engine = create_store_engine(store_url(args))
    try:
        applied = migrate.upgrade(engine)
        rev = migrate.current_revision(engine)
        print(("Opgraderet til " if applied else "Allerede på ") + f"skemaversion {rev}"
              if args.lang == "da" else
              ("Upgraded to " if applied else "Already at ") + f"schema version {rev}")
    finally:
        engine.dispose()
    return 0


@command("check")
def cmd_check(args: argparse.Namespace) -> int:
    from .persistence.engine import create_store_engine
    from .services.integrity import check_store

    engine = create_store_engine(store_url(args))
    try:
        report = check_store(engine)
    finally:
        engine.dispose()
    for item in report.items:
        mark = "OK " if item.ok else "FEJL" if args.lang == "da" else "FAIL"
        print(f"[{mark}] {item.text(args.lang)}")
    print("OK" if report.ok else ("Fejl fundet" if args.lang == "da" else "Problems found"))
    return 0 if report.ok else 1


@command("list")
def cmd_list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .services.lists import ListQuery

    if args.limit < 1:
        raise UserError("--limit skal være mindst 1.", "--limit must be at least 1.")
    services = open_services(args)
    try:
        query = ListQuery(search=args.search, limit=args.limit)
        if args.what == "maps":
            rows = [asdict(m) for m in services.strategy.list_maps()][: args.limit]
        else:
            service = {
                "companies": services.companies,
                "candidates": services.candidates,
                "job-orders": services.job_orders,
                "placements": services.placements,
            }[args.what]
            if args.what == "placements":
                query = ListQuery(limit=args.limit, descending=True)
            rows = [asdict(r) for r in service.rows(service.list_ids(query))]
    finally:
        services.close()
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print("\t".join(str(_jsonable(v)) for v in row.values()))
    return 0


@command("screenshot")
def cmd_screenshot(args: argparse.Namespace) -> int:
    from .app import screenshot

    return screenshot(store_url(args), args.tab, args.out, language=args.lang,
                      size=(args.width, args.height), username=args.user)
