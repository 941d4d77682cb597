"""Benchmark: parse + map + validate a 100 000-row company CSV, against a raw csv.reader.

Generates a cp1252, ``;``-separated file like a Danish Excel export (æøå, quoted values with
embedded newlines, some invalid rows and duplicates) in a temporary folder, then times

* baseline: ``csv.reader`` over the same file, nothing else (the floor for any CSV import);
* read: ``open_table`` (encoding check, sniffing, header row, cleaning);
* full: read + ``map_columns`` + ``RowValidator`` per row + ``find_duplicate_groups``.

Each runs five times, interleaved, and keeps its best time. Target: full >= 30 000 rows/s.
Run: ``.venv/bin/python bench/bench_import_parse.py [rows]``; exits 1 below the target.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jobcenter_desktop.fileio.mapping import map_columns
from jobcenter_desktop.fileio.tabular import open_table
from jobcenter_desktop.fileio.validate import RowValidator, find_duplicate_groups

TARGET_ROWS_PER_S = 30_000
_TOWNS = {
    "0800": "Høje Taastrup", "1050": "København K", "2100": "København Ø", "2600": "Glostrup",
    "3000": "Helsingør", "4000": "Roskilde", "5000": "Odense C", "6000": "Kolding",
    "7000": "Fredericia", "7100": "Vejle", "8000": "Aarhus C", "8700": "Horsens",
    "9000": "Aalborg", "9900": "Frederikshavn", "6700": "Esbjerg", "4700": "Næstved",
}
_NAMES = ("Hansen & Søn", "Østergaard Byg", "Århus Møbler", "Blå Æble", "Nørre Smed", "Jensen",
          "Sørensen Transport", "Kærgård Landbrug", "Ålborg VVS", "Møller El")
_FORMS = ("A/S", "ApS", "I/S", "", "IVS")
_PHONE_LEADS = (20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51, 52, 53, 60,
                61, 70, 71, 72, 86, 87, 88, 89, 91, 92, 93, 96, 97, 98, 99)


def _cvr(rng: random.Random) -> str:
    weights = (2, 7, 6, 5, 4, 3, 2)
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        check = (11 - sum(w * d for w, d in zip(weights, digits, strict=True)) % 11) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def generate(path: Path, rows: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    postcodes = list(_TOWNS)
    with path.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(["Virksomhedsnavn", "CVR-nr.", "Adresse", "Postnr.", "By", "Tlf.",
                         "E-mail", "Kontaktperson", "Branchekode", "Bemærkninger"])
        for i in range(rows):
            postcode = rng.choice(postcodes)
            name = f"{rng.choice(_NAMES)} {i} {rng.choice(_FORMS)}".strip()
            cvr = _cvr(rng)
            if i % 50 == 0:
                cvr = cvr[:7] + str((int(cvr[7]) + 1) % 10)  # fails modulus 11
            # Real exports hold mostly valid numbers; 1 in 100 here is not (prefix 1x).
            lead = rng.choice(_PHONE_LEADS) if i % 100 else rng.randint(10, 19)
            phone = f"{lead} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            note = "Ring efter kl. 10\nspørg efter Ole" if i % 7 == 0 else ""
            writer.writerow([
                name, cvr, f"Vestergade {i % 200 + 1}", postcode.lstrip("0"),
                _TOWNS[postcode] if i % 3 else "", phone, f"kontakt{i}@firma{i % 900}.dk",
                f"Søren Ærø {i % 1000}", rng.choice(("620100", "41.20.00", "561010", "")), note,
            ])


def baseline(path: Path) -> int:
    count = 0
    with path.open(encoding="cp1252", newline="") as fh:
        for _ in csv.reader(fh, delimiter=";"):
            count += 1
    return count - 1


def read_only(path: Path) -> int:
    count = 0
    with open_table(path) as table:
        for _ in table:
            count += 1
    return count


def full(path: Path) -> int:
    return _import(path, duplicates=False)


def full_with_duplicates(path: Path) -> int:
    return _import(path, duplicates=True)


def _import(path: Path, *, duplicates: bool) -> int:
    count = 0
    with open_table(path) as table:
        mapping = map_columns(table.headers, "companies")
        validate = RowValidator(
            "companies",
            mapping.fields,
            postcode_exists=_TOWNS.__contains__,
            town_for=_TOWNS.get,
            industry_exists=lambda code: True,
        )
        records = []
        rejected = 0
        for row in table:
            count += 1
            record, errors = validate(row)
            if record is None:
                rejected += len(errors)
            else:
                records.append(record)
    assert rejected > 0 and records, "the generated file should have good and bad rows"
    if duplicates:
        assert find_duplicate_groups(records, "companies"), "the file has repeated CVRs"
    return count


def best_times(
    funcs: dict[str, Callable[[Path], int]], path: Path, rounds: int = 5
) -> dict[str, tuple[int, float]]:
    """Best time of each function over ``rounds``, interleaved: on a shared machine a burst
    of load then hits one round of every measurement, not all rounds of one."""
    best = {name: (0, float("inf")) for name in funcs}
    for _ in range(rounds):
        for name, func in funcs.items():
            start = time.perf_counter()
            rows = func(path)
            elapsed = time.perf_counter() - start
            if elapsed < best[name][1]:
                best[name] = (rows, elapsed)
    return best


def main() -> int:
    # run_all.py passes its own flags (--big ...) through; only a plain number is ours.
    rows = next((int(a) for a in sys.argv[1:] if a.isdigit()), 100_000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "virksomheder.csv"
        generate(path, rows)
        size_mb = path.stat().st_size / 1e6
        results = best_times(
            {
                "baseline csv.reader": baseline,
                "read (open_table)": read_only,
                "read+map+validate": full,
                "+ duplicate groups": full_with_duplicates,
            },
            path,
        )
    print(f"{rows} rows, {size_mb:.1f} MB cp1252 ';' CSV")
    base_rate = results["baseline csv.reader"][0] / results["baseline csv.reader"][1]
    for name, (count, seconds) in results.items():
        rate = count / seconds
        print(f"  {name:22s} {seconds:7.3f} s  {rate:10,.0f} rows/s  "
              f"ratio to baseline {base_rate / rate:5.1f}x")
    full_rate = results["read+map+validate"][0] / results["read+map+validate"][1]
    verdict = "OK" if full_rate >= TARGET_ROWS_PER_S else "BELOW TARGET"
    print(f"target >= {TARGET_ROWS_PER_S:,} rows/s incl. validation: {verdict}")
    return 0 if full_rate >= TARGET_ROWS_PER_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
