"""Companies on the command line: import, export, the follow-up calendar and the visit handout.

    import companies FILE [--dry-run] [--strict] [--report FILE.json] [--mapping COL=FIELD ...]
    import job-orders FILE [--dry-run] [--strict] [--report FILE.json] [--mapping COL=FIELD ...]
    export companies --format xlsx|csv FILE [--search TEXT]
    export follow-ups FILE.ics [--days N]
    print visit-handout --company ID|CVR OUT.pdf [--visit-date DD-MM-YYYY] [--purpose TEXT]

``--mapping "Firma=name"`` maps a column (by its header) to a field; ``"Noter=-"`` skips a
column. The import report (stdout and ``--report``) is the JSON described in the import
service; the exit code is 0 when the import ran (rows may still be rejected: see the report).
"""

from __future__ import annotations

import argparse
import json
import sys

from ..cli import command, open_services, print_json
from ..domain.dates import parse_date
from ..domain.errors import UserError
from ._shared import verb


def add_parsers(sub: argparse._SubParsersAction) -> None:
    for what, label in (("companies", "companies"), ("job-orders", "job orders")):
        p = verb(sub, "import", what, help=f"import {label} from CSV/XLSX")
        p.add_argument("file", help="CSV or XLSX file")
        p.add_argument("--dry-run", action="store_true", help="check and report, save nothing")
        p.add_argument("--strict", action="store_true",
                       help="import nothing if any row is rejected")
        p.add_argument("--report", help="write the import report as JSON to this file")
        p.add_argument("--mapping", action="append", default=[], metavar="COLUMN=FIELD",
                       help="map a column header to a field ('-' skips the column); repeatable")
        p.add_argument("--sheet", help="XLSX sheet name (default: the first with a header)")

    p = verb(sub, "export", "companies", help="export the company register to XLSX or CSV")
    p.add_argument("--format", choices=("xlsx", "csv"), help="file format (default: from FILE)")
    p.add_argument("--search", default="", help="only companies matching this search")
    p.add_argument("file", help="file to write")

    p = verb(sub, "export", "follow-ups", help="your open follow-ups as an .ics calendar file")
    p.add_argument("--days", type=int, default=None,
                   help="only follow-ups due within this many days (default: all open)")
    p.add_argument("file", help=".ics file to write")

    p = verb(sub, "print", "visit-handout", help="company visit handout (PDF)")
    p.add_argument("--company", required=True, help="company id or CVR number")
    p.add_argument("--visit-date", help="date of the visit (DD-MM-YYYY)")
    p.add_argument("--purpose", default="", help="purpose of the visit, printed under the title")
    p.add_argument("out", help="PDF file to write")


def parse_mapping(items: list[str]) -> dict[str, str | None]:
    """``["Firma=name", "Noter=-"]`` → ``{"Firma": "name", "Noter": None}``."""
    mapping: dict[str, str | None] = {}
    for item in items:
        header, sep, target = item.rpartition("=")
        if not sep or not header.strip() or not target.strip():
            raise UserError(f"--mapping skal skrives KOLONNE=FELT (fik «{item}»).",
                            f"--mapping must be COLUMN=FIELD (got '{item}').")
        target = target.strip()
        mapping[header.strip()] = None if target == "-" else target
    return mapping


def _write_bytes(path: str, data: bytes) -> None:
    from ..services.visit_handout import save_file

    save_file(path, data)


def _run_import(args: argparse.Namespace, kind: str) -> int:
    from ..services.company_import import CompanyImportService

    mapping = parse_mapping(args.mapping)
    services = open_services(args)
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done * 100 // max(total, 1)} %", end="", file=sys.stderr, flush=True)

        outcome = CompanyImportService(services.ctx).run(
            args.file, kind, user_mapping=mapping or None, sheet=args.sheet,
            dry_run=args.dry_run, strict=args.strict, progress=progress)
    finally:
        services.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    report = outcome.to_dict()
    if args.report:
        _write_bytes(args.report, json.dumps(report, ensure_ascii=False, indent=2).encode())
    print_json(report)
    rejected = len({e["row"] for e in report["rejected"]})
    da = args.lang != "en"
    if args.dry_run:
        msg = (f"Prøvekørsel: {report['imported']} ville blive oprettet, {report['updated']} "
               f"opdateret, {rejected} rækker afvist. Intet er gemt." if da else
               f"Dry run: {report['imported']} would be created, {report['updated']} updated, "
               f"{rejected} rows rejected. Nothing was saved.")
    elif not outcome.written:
        msg = (f"Intet importeret: {rejected} rækker blev afvist (--strict)." if da
               else f"Nothing imported: {rejected} rows were rejected (--strict).")
    else:
        msg = (f"{report['imported']} oprettet, {report['updated']} opdateret, {rejected} rækker "
               "afvist." if da else
               f"{report['imported']} created, {report['updated']} updated, {rejected} rows "
               "rejected.")
    print(msg, file=sys.stderr)
    return 0


@command("import companies")
def cmd_import_companies(args: argparse.Namespace) -> int:
    return _run_import(args, "companies")


@command("import job-orders")
def cmd_import_job_orders(args: argparse.Namespace) -> int:
    return _run_import(args, "job_orders")


@command("export companies")
def cmd_export_companies(args: argparse.Namespace) -> int:
    from ..services.company_export import CompanyExportService
    from ..services.lists import ListQuery

    services = open_services(args)
    try:
        count = CompanyExportService(services.ctx).export(
            args.file, args.format, ListQuery(search=args.search))
    finally:
        services.close()
    print(f"{count} virksomheder skrevet til {args.file}" if args.lang != "en"
          else f"{count} companies written to {args.file}", file=sys.stderr)
    return 0


@command("export follow-ups")
def cmd_export_follow_ups(args: argparse.Namespace) -> int:
    from ..services.contacts import ContactService

    if args.days is not None and args.days < 0:
        raise UserError("--days skal være 0 eller mere.", "--days must be 0 or more.")
    services = open_services(args)
    try:
        count = ContactService(services.ctx).export_follow_ups_ics(args.file,
                                                                   days_ahead=args.days)
    finally:
        services.close()
    print(f"{count} opfølgninger skrevet til {args.file}" if args.lang != "en"
          else f"{count} follow-ups written to {args.file}", file=sys.stderr)
    return 0


@command("print visit-handout")
def cmd_print_visit_handout(args: argparse.Namespace) -> int:
    from ..services.visit_handout import VisitHandoutService
    from ..settings import Settings

    visit_date = parse_date(args.visit_date, field="visit_date") if args.visit_date else None
    services = open_services(args)
    try:
        company_id = resolve_company(services, args.company)
        result = VisitHandoutService(services.ctx).render(
            company_id, visit_date=visit_date, purpose=args.purpose,
            language=args.lang or "da", logo_path=Settings().get("logo_path") or None)
    finally:
        services.close()
    _write_bytes(args.out, result.pdf)
    print(f"Besøgsark for {result.company_name} skrevet til {args.out}" if args.lang != "en"
          else f"Visit handout for {result.company_name} written to {args.out}", file=sys.stderr)
    return 0


def resolve_company(services, ref: str) -> str:  # noqa: ANN001
    """A company id from an id or a CVR number (spaces allowed)."""
    import uuid

    text = ref.strip()
    try:
        uuid.UUID(text)
    except ValueError:
        digits = text.replace(" ", "")
        if digits.isdigit() and len(digits) == 8:
            found = services.companies.find_by_cvr(digits)
            if found:
                return found
        raise UserError(f"Ingen virksomhed med id eller CVR-nummer «{ref}».",
                        f"No company with id or CVR number '{ref}'.") from None
    services.companies.get(text)  # raises NotFoundError with a clear message
    return text
