"""Strategy-map commands: print the poster, import/export JSON, new map from a template.

    jobcenter-desktop print strategy --map ID OUT.pdf [--format A3|A4] [--no-briefing]
    jobcenter-desktop strategy import FILE
    jobcenter-desktop strategy export --map ID FILE
    jobcenter-desktop strategy new --template NAME [--start-year YYYY]
    jobcenter-desktop strategy templates

``--map`` takes the map's id or, when unambiguous, its exact title. Live indicators are
recomputed from the CRM before printing (as the editor does when it opens a map); the stored
map is not changed by printing.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from ..cli import command, open_services, print_json
from ..domain.errors import NotFoundError, UserError
from ._shared import verb


def add_parsers(sub: argparse._SubParsersAction) -> None:
    pr = verb(sub, "print", "strategy", help="print a strategy map as a poster PDF")
    pr.add_argument("--map", required=True, dest="map_id", help="map id or exact title")
    pr.add_argument("--format", choices=("A3", "A4", "a3", "a4"), default="A3",
                    help="paper size of the map page (default A3, landscape)")
    pr.add_argument("--no-briefing", action="store_true",
                    help="only the map page, without indicator/milestone/action-plan pages")
    pr.add_argument("--no-refresh", action="store_true",
                    help="print the stored measurements without recomputing live indicators")
    pr.add_argument("out", help="PDF file to write")

    strategy = sub.add_parser("strategy", help="strategy maps: import, export, new from template")
    what = strategy.add_subparsers(dest="strategy_what", required=True)
    imp = what.add_parser("import", help="import a strategy map from a JSON file")
    imp.add_argument("file")
    imp.set_defaults(command="strategy import")
    exp = what.add_parser("export", help="export a strategy map as JSON")
    exp.add_argument("--map", required=True, dest="map_id", help="map id or exact title")
    exp.add_argument("file")
    exp.set_defaults(command="strategy export")
    new = what.add_parser("new", help="create a map from a shipped template")
    new.add_argument("--template", required=True, help="template name (see 'strategy templates')")
    new.add_argument("--start-year", type=int, default=None,
                     help="move the template's dates so the map starts in this year")
    new.set_defaults(command="strategy new")
    tpl = what.add_parser("templates", help="list the shipped templates")
    tpl.set_defaults(command="strategy templates")


def resolve_map_id(services, wanted: str) -> str:  # noqa: ANN001
    """A map id from an id or an exact (case-insensitive) title."""
    maps = services.strategy.list_maps()
    for m in maps:
        if m.id == wanted:
            return m.id
    titled = [m for m in maps if m.title.casefold() == wanted.strip().casefold()]
    if len(titled) == 1:
        return titled[0].id
    if len(titled) > 1:
        raise UserError(
            f"Flere kort hedder «{wanted}»; angiv kortets id (se 'list maps').",
            f"Several maps are called '{wanted}'; give the map's id (see 'list maps').",
            field="map",
        )
    raise NotFoundError(
        f"Strategikortet «{wanted}» findes ikke (se 'list maps').",
        f"Strategy map '{wanted}' does not exist (see 'list maps').",
        field="map",
    )


def _write_atomically(path: Path, data: bytes) -> None:
    path = path.expanduser()
    if path.is_dir():
        raise UserError(f"{path} er en mappe, ikke en fil.", f"{path} is a folder, not a file.")
    if not path.parent.exists():
        raise UserError(f"Mappen {path.parent} findes ikke.", f"The folder {path.parent} does not exist.")
    fd, tmp = tempfile.mkstemp(prefix=".strategy-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"{path} kan ikke skrives ({exc.strerror}).",
                        f"{path} cannot be written ({exc.strerror}).") from None


@command("print strategy")
def cmd_print_strategy(args: argparse.Namespace) -> int:
    out = Path(args.out)
    services = open_services(args)
    try:
        loaded = services.strategy.load(resolve_map_id(services, args.map_id))
        if not args.no_refresh:
            services.strategy.refresh_indicators(loaded.map)
        pdf = services.strategy.render_poster(loaded.map, paper=args.format.upper(),
                                              briefing=not args.no_briefing, language=args.lang)
    finally:
        services.close()
    _write_atomically(out, pdf)
    print(out)
    return 0


@command("strategy import")
def cmd_strategy_import(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        loaded = services.strategy.import_json(Path(args.file))
    finally:
        services.close()
    print_json({"id": loaded.map.id, "title": loaded.map.title, "goals": len(loaded.map.goals)})
    return 0


@command("strategy export")
def cmd_strategy_export(args: argparse.Namespace) -> int:
    target = Path(args.file).expanduser()
    if not target.parent.exists():
        raise UserError(f"Mappen {target.parent} findes ikke.",
                        f"The folder {target.parent} does not exist.")
    services = open_services(args)
    try:
        services.strategy.export_json(resolve_map_id(services, args.map_id), target)
    finally:
        services.close()
    print(target)
    return 0


@command("strategy new")
def cmd_strategy_new(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        loaded = services.strategy.create_from_template(args.template, start_year=args.start_year)
    finally:
        services.close()
    print_json({"id": loaded.map.id, "title": loaded.map.title, "goals": len(loaded.map.goals)})
    return 0


@command("strategy templates")
def cmd_strategy_templates(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        rows = [{"name": t.name, "title": t.title} for t in services.strategy.templates()]
    finally:
        services.close()
    print_json(rows)
    return 0
