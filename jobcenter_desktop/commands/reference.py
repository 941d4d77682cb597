"""``refdata list`` and ``refdata import TABLE FILE``: an administrator replaces a reference
table (e.g. official Danish DISCO-08 titles, a corrected rule table when the law changes)
without a new release. The file is validated in full first; a bad file changes nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cli import command, open_services
from ..domain.errors import UserError
from ..services.reference import RULE_TABLES, import_reference_table, rule_table_info

TABLES = (*RULE_TABLES, "occupations", "postcodes")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("refdata", help="reference tables (admin)")
    verbs = parser.add_subparsers(dest="refdata_command", required=True)
    verbs.add_parser("list", help="rule tables in the store and where they came from")
    load = verbs.add_parser("import", help="replace a table from a CSV file (validated first)")
    load.add_argument("table", choices=TABLES)
    load.add_argument("file")


@command("refdata")
def cmd_refdata(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        if args.refdata_command == "list":
            for info in rule_table_info(services.ctx):
                print(f"{info.name}\t{info.row_count}\t{info.source}\t{info.loaded_by}")
            return 0
        path = Path(args.file)
        if not path.is_file():
            raise UserError(f"Filen findes ikke: {path}", f"The file does not exist: {path}")
        count = import_reference_table(services.ctx, args.table, path)
        print(f"{args.table}: {count} rækker indlæst" if args.lang == "da"
              else f"{args.table}: {count} rows loaded")
        return 0
    finally:
        services.close()
