"""Build step: turn the shared reference CSVs into the files the app ships in resources/data.

This script owns the translation from the research files in ``<repo>/../shared/data`` (Danish
column names, extra bookkeeping columns) to the app's own reference tables in
``resources/data`` (English column names matching ``jobcenter_desktop.domain.refdata``), plus
the ``SOURCES.md`` that carries the attribution and licence notes along with the data.

The output is committed, so it must be byte-identical on every run with the same input: rows
are sorted by key, cells are copied as text (coordinates are never re-formatted through float),
line endings are ``\\n`` and files are only rewritten when their content changes.

Usage::

    python tools/build_resources.py [--shared DIR] [--out DIR] [--check]

``--check`` writes nothing and exits with status 1 if any output file is out of date (for CI).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "resources" / "data"

# DAWA's postcode polygons include Danish sea territory, so a "centre" can lie far offshore
# (6950 Ringkøbing sits in the North Sea at 4.07 E). Validation therefore only rejects points
# outside Denmark's waters, which would mean swapped lat/lon or a broken source file.
_LAT_RANGE = (54.0, 58.5)
_LON_RANGE = (3.0, 16.0)
# Every piece of Danish land lies inside this box (Gedser Odde 54.56 N, Grenen 57.75 N,
# Blåvandshuk 8.07 E, Ertholmene 15.20 E). A centre outside it is certainly at sea; those
# postcodes are listed in SOURCES.md so nobody trusts distances computed from them.
_LAND_BOX = (54.55, 57.76, 8.07, 15.20)

_POSTNR = re.compile(r"^\d{4}$")
_KOMMUNE = re.compile(r"^\d{3}$")
_NACE_BY_LEVEL = {
    1: re.compile(r"^[A-U]$"),
    2: re.compile(r"^\d{2}$"),
    3: re.compile(r"^\d{2}\.\d$"),
    4: re.compile(r"^\d{2}\.\d{2}$"),
}


class SourceError(Exception):
    """The shared input does not look like the files described in shared/data/SOURCES.md."""


# --------------------------------------------------------------------------- reading


def read_rows(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    """All rows of a UTF-8 CSV as dicts of stripped strings; fails if a column is missing."""
    if not path.is_file():
        raise SourceError(f"{path}: file not found")
    # utf-8-sig: tolerate a BOM if someone re-saves a source file from Excel.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in (reader.fieldnames or [])]
        missing = [c for c in required if c not in header]
        if missing:
            raise SourceError(f"{path.name}: missing column(s) {', '.join(missing)}")
        rows = []
        for raw in reader:
            rows.append({(k or "").strip(): (v or "").strip() for k, v in raw.items()})
    return rows


def _fail(name: str, row_no: int, message: str) -> SourceError:
    # row_no counts the header as row 1, as a spreadsheet shows it.
    return SourceError(f"{name} row {row_no}: {message}")


def _check_coordinate(name: str, row_no: int, text: str, bounds: tuple[float, float]) -> None:
    try:
        value = float(text)
    except ValueError:
        raise _fail(name, row_no, f"coordinate {text!r} is not a number") from None
    if not bounds[0] <= value <= bounds[1]:
        raise _fail(name, row_no, f"coordinate {text} is outside Denmark")


def _unique(name: str, keys: Iterable[tuple[int, str]]) -> None:
    seen: dict[str, int] = {}
    for row_no, key in keys:
        if key in seen:
            raise _fail(name, row_no, f"duplicate key {key!r} (first in row {seen[key]})")
        seen[key] = row_no


# --------------------------------------------------------------------------- transforms


def build_kommuner(shared: Path) -> list[list[str]]:
    name = "kommuner.csv"
    rows = read_rows(shared / name, ["kommune_kode", "kommune_navn", "region_kode", "region_navn"])
    out = []
    for i, row in enumerate(rows, start=2):
        code = row["kommune_kode"].zfill(3)
        if not _KOMMUNE.match(code):
            raise _fail(name, i, f"kommune code {row['kommune_kode']!r} is not 3 digits")
        if not row["kommune_navn"] or not row["region_navn"]:
            raise _fail(name, i, "kommune or region name is empty")
        out.append([code, row["kommune_navn"], row["region_kode"], row["region_navn"]])
    _unique(name, ((i, r[0]) for i, r in enumerate(out, start=2)))
    out.sort(key=lambda r: r[0])
    return [["code", "name", "region_code", "region_name"], *out]


def build_postcodes(shared: Path, kommune_codes: set[str]) -> list[list[str]]:
    name = "postcodes.csv"
    cols = [
        "postnr", "bynavn", "latitude", "longitude", "kommune_kode", "kommune_navn",
        "region_navn", "kommune_koder",
    ]  # fmt: skip
    rows = read_rows(shared / name, cols)
    out = []
    for i, row in enumerate(rows, start=2):
        postnr = row["postnr"].zfill(4)
        if not _POSTNR.match(postnr):
            raise _fail(name, i, f"postcode {row['postnr']!r} is not 4 digits")
        if not row["bynavn"]:
            raise _fail(name, i, "town name is empty")
        lat, lon = row["latitude"], row["longitude"]
        if bool(lat) != bool(lon):
            raise _fail(name, i, "only one of latitude/longitude is given")
        if lat:
            _check_coordinate(name, i, lat, _LAT_RANGE)
            _check_coordinate(name, i, lon, _LON_RANGE)
        code = row["kommune_kode"].zfill(3) if row["kommune_kode"] else ""
        if code and code not in kommune_codes:
            raise _fail(name, i, f"kommune {code} is not in kommuner.csv")
        codes = sorted(c.strip().zfill(3) for c in row["kommune_koder"].split(";") if c.strip())
        for c in codes:
            if not _KOMMUNE.match(c):
                raise _fail(name, i, f"kommune code {c!r} in kommune_koder is not 3 digits")
        if code and codes != [code]:
            raise _fail(name, i, "kommune_kode is set but kommune_koder lists other kommuner")
        out.append(
            [
                postnr, row["bynavn"], lat, lon, code, row["kommune_navn"] if code else "",
                row["region_navn"], ";".join(codes),
            ]
        )  # fmt: skip
    _unique(name, ((i, r[0]) for i, r in enumerate(out, start=2)))
    out.sort(key=lambda r: r[0])
    header = [
        "postnr", "town", "lat", "lon", "kommune_code", "kommune_name", "region", "kommune_codes",
    ]  # fmt: skip
    return [header, *out]


def build_postcode_kommuner(shared: Path, postnrs: set[str]) -> list[list[str]]:
    name = "postcode_kommuner.csv"
    rows = read_rows(shared / name, ["postnr", "kommune_kode", "kommune_navn"])
    out = []
    for i, row in enumerate(rows, start=2):
        postnr, code = row["postnr"].zfill(4), row["kommune_kode"].zfill(3)
        if not _POSTNR.match(postnr) or not _KOMMUNE.match(code):
            raise _fail(name, i, f"bad postcode/kommune pair {postnr!r}/{code!r}")
        if postnr not in postnrs:
            raise _fail(name, i, f"postcode {postnr} is not in postcodes.csv")
        # The name is kept because 411 Christiansø is linked here but is not in kommuner.csv.
        out.append([postnr, code, row["kommune_navn"]])
    _unique(name, ((i, f"{r[0]}/{r[1]}") for i, r in enumerate(out, start=2)))
    out.sort(key=lambda r: (r[0], r[1]))
    return [["postnr", "kommune_code", "kommune_name"], *out]


def build_occupations(shared: Path) -> list[list[str]]:
    name = "occupations_disco08.csv"
    rows = read_rows(shared / name, ["code", "level", "parent", "title_da", "title_en"])
    out = []
    for i, row in enumerate(rows, start=2):
        code, level, parent = row["code"], row["level"], row["parent"]
        if not (code.isdigit() and 1 <= len(code) <= 4 and level == str(len(code))):
            raise _fail(name, i, f"code {code!r} does not match level {level!r}")
        # DISCO/ISCO codes are hierarchical by prefix; the app's ancestor lookup relies on it.
        expected_parent = code[:-1]
        if parent != expected_parent:
            raise _fail(name, i, f"parent {parent!r} should be {expected_parent!r}")
        if not (row["title_da"] or row["title_en"]):
            raise _fail(name, i, "no title")
        out.append([code, level, parent, row["title_da"], row["title_en"]])
    _unique(name, ((i, r[0]) for i, r in enumerate(out, start=2)))
    codes = {r[0] for r in out}
    for r in out:
        if r[2] and r[2] not in codes:
            raise SourceError(f"{name}: parent {r[2]} of {r[0]} does not exist")
    # Plain string order of prefix codes is a depth-first walk of the hierarchy.
    out.sort(key=lambda r: r[0])
    return [["code", "level", "parent", "title_da", "title_en"], *out]


def build_industries(shared: Path) -> list[list[str]]:
    name = "industries_db07.csv"
    cols = ["code", "code_digits", "level", "parent", "section", "title_da", "title_en"]
    rows = read_rows(shared / name, cols)
    out = []
    for i, row in enumerate(rows, start=2):
        code = row["code"]
        try:
            level = int(row["level"])
            pattern = _NACE_BY_LEVEL[level]
        except (ValueError, KeyError):
            raise _fail(name, i, f"level {row['level']!r} is not 1-4") from None
        if not pattern.match(code):
            raise _fail(name, i, f"code {code!r} does not fit level {level}")
        if row["code_digits"] != code.replace(".", ""):
            raise _fail(name, i, f"code_digits {row['code_digits']!r} does not match {code!r}")
        if not row["section"] or (level == 1) != (row["parent"] == ""):
            raise _fail(name, i, "section/parent inconsistent with level")
        if not (row["title_da"] or row["title_en"]):
            raise _fail(name, i, "no title")
        out.append([row[c] for c in cols])
    _unique(name, ((i, r[0]) for i, r in enumerate(out, start=2)))
    codes = {r[0]: r for r in out}
    for r in out:
        parent = codes.get(r[3]) if r[3] else None
        if r[3] and (parent is None or parent[4] != r[4]):
            raise SourceError(f"{name}: parent {r[3]} of {r[0]} missing or in another section")
    # Section letter first, the section row itself before its divisions, then code order,
    # which is a depth-first walk (01 < 01.1 < 01.11 < 01.12 < 01.2 ...).
    out.sort(key=lambda r: (r[4], r[2] != "1", r[0]))
    return [cols, *out]


# --------------------------------------------------------------------------- SOURCES.md


def offshore_postcodes(postcodes: Sequence[Sequence[str]]) -> list[str]:
    """Postcodes whose centre lies outside the box around all Danish land ("postnr town")."""
    south, north, west, east = _LAND_BOX
    out = []
    for row in postcodes[1:]:
        if row[2]:
            lat, lon = float(row[2]), float(row[3])
            if not (south <= lat <= north and west <= lon <= east):
                out.append(f"{row[0]} {row[1]}")
    return out


def sources_markdown(counts: dict[str, int], coords: int, offshore: Sequence[str]) -> str:
    """Attribution and licence notes for the shipped data (our wording, facts from shared/)."""
    offshore_note = textwrap.fill(
        "Coordinates of coastal postcodes can lie at sea, because DAWA's polygons include "
        "Danish sea territory. For most of them the error is some km (8000 Aarhus C lies in "
        f"the bay), but these {len(offshore)} lie outside the box around all Danish land, some "
        f"of them 100-250 km out in the North Sea: {', '.join(offshore)}. Do not use their "
        "coordinates for distance matching without a fallback (kommune or town centre).",
        width=96,
        initial_indent="- ",
        subsequent_indent="  ",
        break_on_hyphens=False,
    )
    return f"""\
# resources/data: where the reference data comes from

Generated by `tools/build_resources.py` from the project's research files in `shared/data`
(see `shared/data/SOURCES.md` there for the full provenance notes). Do not edit these files by
hand; change the source or the build script and re-run `make resources`. All files are UTF-8
CSV with a header row and `\\n` line endings.

## Files

| file | rows | columns |
|---|---|---|
| postcodes.csv | {counts["postcodes.csv"]} | postnr, town, lat, lon, kommune_code, kommune_name, region, kommune_codes |
| postcode_kommuner.csv | {counts["postcode_kommuner.csv"]} | postnr, kommune_code, kommune_name |
| kommuner.csv | {counts["kommuner.csv"]} | code, name, region_code, region_name |
| occupations.csv | {counts["occupations.csv"]} | code, level, parent, title_da, title_en |
| industries.csv | {counts["industries.csv"]} | code, code_digits, level, parent, section, title_da, title_en |

## Postcodes (postcodes.csv, postcode_kommuner.csv) and municipalities (kommuner.csv)

- **Town names and coordinates** ({coords} of {counts["postcodes.csv"]} postcodes have
  coordinates): from the PyPI package *countrystatecity-postal-codes* 2.0.1, which takes them
  from the dr5hn/countries-states-cities-database project. The coordinates equal DAWA's
  "visueltcenter" for each postnummer.
  **Licence: Open Database License (ODbL) 1.0.** Attribution: *Contains postal-code data from
  countries-states-cities-database (dr5hn), made available under the ODbL 1.0.*
  `postcodes.csv` is an adapted database under the ODbL: if it is distributed or used publicly,
  it must carry this notice and be offered under the ODbL (share-alike). This does not extend to
  the rest of the application.
- **Municipality mapping, extra postcodes without an area, kommuner.csv**: PostNord's public
  postcode file (regional edition) as published in the GitHub repository
  DanielZambelli/dk-postals, `postals.csv` (2020-10-17). The repository states the ISC licence;
  no separate data licence is stated.
- `kommune_code`/`kommune_name` are only filled when a postcode lies in exactly one kommune;
  `kommune_codes` always lists every kommune it touches (`;`-separated). `region` is filled when
  all of them lie in one region.
- Postcodes without coordinates are special codes with no area (company postcodes, postal
  centres, 0960 "Udland"); leave them out of distance matching or fall back to the kommune.
{offshore_note}
- 411 Christiansø appears in postcode_kommuner.csv (PostNord lists it for 3760 Gudhjem) but it is
  not a kommune and is not in kommuner.csv.

## Occupations (occupations.csv)

- ISCO-08 codes and English titles at the four levels DISCO-08 shares with ISCO-08. Source: the
  GitHub repository benjann/iscogen, `iscogen.ado` (MIT licence), which states the ILO's
  structure document as its origin. **ISCO-08 (c) International Labour Organization.**
- `title_da` is empty: no public machine-readable list of the Danish DISCO-08 titles was found.
  The app shows the English title until an administrator imports Danish titles (a CSV with
  `code,title_da` is enough).

## Industries (industries.csv)

- NACE Rev. 2 levels 1-4, which is the structure of DB07 (Dansk Branchekode 2007) down to
  4 digits, with the EU's official Danish and English titles. Source: the PyPI package
  *odoo12-addon-l10n-eu-nace* 12.0.2.1.1 (licence AGPL-3), data exported from Eurostat RAMON.
  **Classification (c) European Union, Eurostat** (the source files credit the EU).
- DB07's Danish 6-digit sub-classes are not included, and Statistics Denmark's own wording of a
  title can differ slightly from the EU Danish title.

## What the build step changes

Column names are translated to English, codes are zero-padded (postnr 4 digits, kommune
3 digits), rows are sorted by code, and the source's bookkeeping columns (`has_coordinates`,
`kommune_navne`) are dropped because the app derives them. No value is invented or estimated.
"""


# --------------------------------------------------------------------------- writing


def to_csv(rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO()
    # Minimal quoting and "\n" keep diffs small and the bytes independent of the platform.
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return buffer.getvalue()


def build(shared: Path) -> dict[str, str]:
    """Return {file name: content} for every output file."""
    kommuner = build_kommuner(shared)
    postcodes = build_postcodes(shared, {r[0] for r in kommuner[1:]})
    links = build_postcode_kommuner(shared, {r[0] for r in postcodes[1:]})
    tables = {
        "postcodes.csv": postcodes,
        "postcode_kommuner.csv": links,
        "kommuner.csv": kommuner,
        "occupations.csv": build_occupations(shared),
        "industries.csv": build_industries(shared),
    }
    files = {name: to_csv(rows) for name, rows in tables.items()}
    counts = {name: len(rows) - 1 for name, rows in tables.items()}
    coords = sum(1 for r in postcodes[1:] if r[2])
    files["SOURCES.md"] = sources_markdown(counts, coords, offshore_postcodes(postcodes))
    return files


def write_if_changed(path: Path, content: str) -> bool:
    data = content.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)  # atomic on the same file system: never a half-written table
    return True


def main(argv: Sequence[str] | None = None, *, echo: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="source data dir")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output dir")
    parser.add_argument("--check", action="store_true", help="only report out-of-date files")
    args = parser.parse_args(argv)
    try:
        files = build(args.shared)
    except SourceError as exc:
        echo(f"error: {exc}")
        return 2
    stale = []
    for name in sorted(files):
        path = args.out / name
        if args.check:
            current = path.read_bytes() if path.is_file() else None
            if current != files[name].encode("utf-8"):
                stale.append(name)
        elif write_if_changed(path, files[name]):
            echo(f"wrote {path}")
    if stale:
        echo("out of date: " + ", ".join(stale))
        return 1
    if not args.check:
        echo(f"resources/data up to date ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
