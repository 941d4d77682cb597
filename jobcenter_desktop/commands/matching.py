"""Matching and placements on the command line.

    match --job-order ID [--top N] [--min-score S] [--max-km KM] [--excluded] [--scheme CODE]
          [--date DD-MM-YYYY] [--json]
    match --candidate ID [--top N] [--kind job-orders|companies|all] … [--json]
    print placement --placement ID OUT.pdf

``match --json`` prints ``[{"id", "score", "parts", "missing", "distance_km", …}]``, best first,
so matching can be checked without the GUI. ``--candidate`` takes the id or the label (K-1234).
Matching a job order logs a search of citizens' data, as in the GUI.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..cli import command, open_services, print_json
from ..domain.dates import parse_date
from ..domain.errors import UserError
from ._shared import verb

_KINDS = {"job-orders": ("job_order",), "companies": ("company",), "all": ("job_order", "company")}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help="explained matching: job order → citizens or citizen → jobs")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--job-order", help="job order id: rank citizens for it")
    target.add_argument("--candidate", help="citizen id or label (K-1234): rank job orders and companies")
    p.add_argument("--top", type=int, default=20,
                   help="number of results (default 20; with --candidate: per kind)")
    p.add_argument("--min-score", type=int, default=0, help="leave out scores below this")
    p.add_argument("--max-km", type=float, default=None, help="leave out results farther away")
    p.add_argument("--excluded", action="store_true",
                   help="also list the best results a hard requirement excludes")
    p.add_argument("--kind", choices=sorted(_KINDS), default="all",
                   help="with --candidate: job orders, companies or both (default)")
    p.add_argument("--scheme", help="with --job-order: check eligibility for this scheme (e.g. VP)")
    p.add_argument("--date", help="match as of this date (default today)")
    p.add_argument("--json", action="store_true", help="print JSON (default: a table)")

    p = verb(sub, "print", "placement", help="placement summary with signature lines (PDF)")
    p.add_argument("--placement", required=True, help="placement id")
    p.add_argument("out", help="PDF file to write")


@command("match")
def cmd_match(args: argparse.Namespace) -> int:
    from ..services.matching import MatchingService

    day = parse_date(args.date, field="date") if args.date else None
    services = open_services(args)
    try:
        matching = MatchingService(services.ctx)
        if args.job_order:
            result = matching.match_job_order(
                args.job_order, top=args.top, min_score=args.min_score, max_distance_km=args.max_km,
                include_excluded=args.excluded, scheme_code=args.scheme, on_date=day)
        else:
            if args.scheme:
                raise UserError("--scheme bruges sammen med --job-order.", "--scheme goes with --job-order.")
            candidate = services.candidates.resolve(args.candidate)
            result = matching.match_candidate(
                candidate, top=args.top, min_score=args.min_score, max_distance_km=args.max_km,
                include_excluded=args.excluded, kinds=_KINDS[args.kind], on_date=day)
    finally:
        services.close()
    rows = [*result.rows, *result.excluded]
    if args.json:
        out = []
        for row in rows:
            item = row.to_json()
            if row.eligibility is not None:
                item["eligibility"] = {"scheme": row.eligibility.scheme_code,
                                       "status": row.eligibility.status,
                                       "max_duration": row.eligibility.max_duration_da,
                                       "reasons": list(row.eligibility.reasons_da)}
            out.append(item)
        print_json(out)
        return 0
    en = args.lang == "en"
    target = result.target
    print(f"{target.title} – {target.subtitle}".strip(" –"))
    for note in (*target.missing_info, *result.notes):
        print(f"  ! {note}")
    if not rows:
        print("No results." if en else "Ingen resultater.")
    for i, row in enumerate(rows, start=1):
        mark = "✗" if row.excluded else f"{i:>2}"
        distance = row.distance_text() or "?"
        print(f"{mark} {row.score:>3}  {row.title[:48]:<48} {distance:>10}")
        print(f"        {row.explanation_en if en else row.explanation_da}")
        if row.eligibility is not None:
            print(f"        {row.eligibility.summary_da()}")
    return 0


@command("print placement")
def cmd_print_placement(args: argparse.Namespace) -> int:
    from ..services.placements import PlacementService

    services = open_services(args)
    try:
        pdf = PlacementService(services.ctx).summary_pdf(args.placement, language=args.lang or "da")
    finally:
        services.close()
    _write_whole(args.out, pdf)
    return 0


def _write_whole(path: str, data: bytes) -> None:
    """Write the file whole or not at all, readable by the owner only (personal data)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}",
                        f"Could not write {target}: {exc.strerror or exc}") from exc
