"""Citizens (borgere) on the command line: import, the two PDFs, right of access and erasure.

    import candidates FILE [--dry-run] [--strict] [--report FILE.json] [--date DD-MM-YYYY]
    print client-summary --candidate ID OUT.pdf [--for-employer] [--meeting DD-MM-YYYY]
    print anonymised-profile --candidate ID [--candidate ID ...] OUT.pdf
    export person --candidate ID OUT.json
    erase person --candidate ID --yes --reason TEXT

``--candidate`` takes the id or the pseudonym label (K-1234). Output files are written whole
or not at all; personal data never goes into a file name chosen by the program.
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
    p = verb(sub, "import", "candidates", help="import citizens from CSV/XLSX")
    p.add_argument("file", help="CSV or XLSX file")
    p.add_argument("--dry-run", action="store_true", help="check and report, save nothing")
    p.add_argument("--strict", action="store_true",
                   help="import nothing if any row is rejected")
    p.add_argument("--report", help="write the import report as JSON to this file")
    p.add_argument("--date", help="date the target groups are read for (default: today)")

    p = verb(sub, "print", "client-summary", help="the consultant's one-page citizen brief (PDF)")
    p.add_argument("--candidate", required=True, help="candidate id or label (K-1234)")
    p.add_argument("--for-employer", action="store_true",
                   help="employer version (needs the citizen's consent to print a CV)")
    p.add_argument("--meeting", help="meeting date shown on the brief (DD-MM-YYYY)")
    p.add_argument("out", help="PDF file to write")

    p = verb(sub, "print", "anonymised-profile", help="anonymised candidate profile (PDF)")
    p.add_argument("--candidate", required=True, action="append",
                   help="candidate id or label; repeat for several profiles in one PDF")
    p.add_argument("out", help="PDF file to write")

    p = verb(sub, "export", "person", help="right of access: everything held about a citizen")
    p.add_argument("--candidate", required=True, help="candidate id or label (K-1234)")
    p.add_argument("out", help="JSON file to write")

    p = verb(sub, "erase", "person", help="erase a citizen's personal data (keeps statistics)")
    p.add_argument("--candidate", required=True, help="candidate id or label (K-1234)")
    p.add_argument("--yes", action="store_true", help="confirm the erasure")
    p.add_argument("--reason", default="", help="why (e.g. the citizen's request)")


def _candidate_id(services, ref: str) -> str:  # noqa: ANN001
    return services.candidates.resolve(ref)


def _write_bytes(path: str, data: bytes) -> None:
    from ..services.person_export import write_private_file

    write_private_file(path, data)


def _date_arg(text: str | None, field: str):  # noqa: ANN202
    return parse_date(text, field=field) if text else None


@command("import candidates")
def cmd_import_candidates(args: argparse.Namespace) -> int:
    from ..services.candidate_import import CandidateImportService

    day = _date_arg(args.date, "date")
    services = open_services(args)
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total or '?'}", end="", file=sys.stderr, flush=True)

        result = CandidateImportService(services.ctx).run(
            args.file, dry_run=args.dry_run, strict=args.strict, target_group_date=day,
            progress=progress)
    finally:
        services.close()
    report = result.to_dict()
    if args.report:
        _write_bytes(args.report, json.dumps(report, ensure_ascii=False, indent=2).encode())
    print_json(report)
    rejected = len({e["row"] for e in report["rejected"]})
    lang = args.lang
    if args.dry_run:
        msg = (f"Prøvekørsel: {report['imported']} ville blive oprettet, {report['updated']} "
               f"opdateret, {rejected} rækker afvist. Intet er gemt."
               if lang == "da" else
               f"Dry run: {report['imported']} would be created, {report['updated']} updated, "
               f"{rejected} rows rejected. Nothing was saved.")
    elif not result.committed:
        msg = (f"Intet importeret: {rejected} rækker blev afvist (--strict)." if lang == "da"
               else f"Nothing imported: {rejected} rows were rejected (--strict).")
    else:
        msg = (f"{report['imported']} oprettet, {report['updated']} opdateret, {rejected} rækker "
               "afvist." if lang == "da" else
               f"{report['imported']} created, {report['updated']} updated, {rejected} rows "
               "rejected.")
    if result.unmapped_target_groups:
        texts = ", ".join(f"«{t}»" for t in sorted(result.unmapped_target_groups))
        msg += (f" Målgrupper der ikke kunne genkendes: {texts}." if lang == "da"
                else f" Target groups that could not be read: {texts}.")
    print(msg, file=sys.stderr)
    return 0 if result.committed or args.dry_run else 1


@command("print client-summary")
def cmd_print_client_summary(args: argparse.Namespace) -> int:
    from ..services.candidate_reports import CandidateReportService

    meeting = _date_arg(args.meeting, "meeting")
    services = open_services(args)
    try:
        cid = _candidate_id(services, args.candidate)
        pdf = CandidateReportService(services.ctx).client_summary(
            cid, audience="employer" if args.for_employer else "internal", meeting_date=meeting,
            language=args.lang or "da")
    finally:
        services.close()
    _write_bytes(args.out, pdf.data)
    return 0


@command("print anonymised-profile")
def cmd_print_anonymised_profile(args: argparse.Namespace) -> int:
    from ..services.candidate_reports import CandidateReportService

    services = open_services(args)
    try:
        ids = [_candidate_id(services, ref) for ref in args.candidate]
        reports = CandidateReportService(services.ctx)
        language = args.lang or "da"
        pdf = (reports.anonymised_profile(ids[0], language=language) if len(ids) == 1
               else reports.anonymised_profiles(ids, language=language))
    finally:
        services.close()
    _write_bytes(args.out, pdf.data)
    return 0


@command("export person")
def cmd_export_person(args: argparse.Namespace) -> int:
    from ..services.person_export import PersonDataService

    services = open_services(args)
    try:
        cid = _candidate_id(services, args.candidate)
        entries = PersonDataService(services.ctx).write_export(cid, args.out)
    finally:
        services.close()
    print(f"Skrev {args.out} med {entries} logposter." if args.lang == "da"
          else f"Wrote {args.out} with {entries} log entries.", file=sys.stderr)
    return 0


@command("erase person")
def cmd_erase_person(args: argparse.Namespace) -> int:
    from ..services.person_export import PersonDataService

    if not args.yes:
        raise UserError("Sletning kræver --yes (den kan ikke fortrydes).",
                        "Erasure needs --yes (it cannot be undone).")
    services = open_services(args)
    try:
        cid = _candidate_id(services, args.candidate)
        result = PersonDataService(services.ctx).erase(
            cid, reason=args.reason or "Sletning efter anmodning (kommandolinje)")
    finally:
        services.close()
    print_json({"candidate": result.candidate_id, "label": result.label,
                "removed": list(result.removed), "kept": list(result.kept)})
    return 0
