"""Tests for jobcenter_desktop.fileio: messy Danish office files in, clean records and safe
exports out. Every file is generated here in tmp_path, byte by byte where the bytes matter."""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar

from jobcenter_desktop.domain.errors import UserError, ValidationError
from jobcenter_desktop.domain.text import company_name_key, fold
from jobcenter_desktop.domain.values import normalize_phone
from jobcenter_desktop.fileio import (
    CalendarEvent,
    ImportReport,
    RowError,
    RowValidator,
    SourceRow,
    auto_map,
    event_uid,
    find_duplicate_groups,
    iter_rows,
    map_columns,
    neutralise,
    open_table,
    read_table,
    validate_rows,
    write_csv,
    write_ics,
    write_xlsx,
)
from jobcenter_desktop.fileio.validate import _coarse_name_key, _Phone, fast_fold

VALID_CVR = ["12345674", "25313763", "30000005", "10000009", "40000003", "70000008"]
POSTCODES = {"0800": "Høje Taastrup", "8000": "Aarhus C", "8700": "Horsens", "7000": "Fredericia"}
DISCO = {"7212", "5120", "9329", "72", "7"}


def postcode_exists(postcode: str) -> bool:
    return postcode in POSTCODES


def write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def csv_bytes(rows: list[list[str]], *, delimiter: str = ";", encoding: str = "cp1252") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def make_xlsx(path: Path, rows: list[list[object]], *, title: str = "Ark1") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def set_cached_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells the cached result Excel would have stored (openpyxl stores none)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        xml, count = re.subn(
            rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>',
            rf'<c r="{ref}"\1 t="str"><f>\2</f><v>{value}</v>',
            xml,
        )
        assert count == 1, ref
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def companies_validator(headers: list[str]) -> RowValidator:
    return RowValidator(
        "companies",
        auto_map(headers, "companies"),
        postcode_exists=postcode_exists,
        town_for=POSTCODES.get,
    )


def errors_of(
    rows: list[SourceRow], kind: str, headers: list[str], **lookups: object
) -> list[tuple]:
    _, errors, _ = validate_rows(rows, kind, auto_map(headers, kind), **lookups)
    return [(e.row, e.field, e.reason) for e in errors]


# ------------------------------------------------------------------------------------------
# Reading CSV


def test_cp1252_semicolon_with_danish_letters(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "virksomheder.csv", csv_bytes([
        ["Virksomhedsnavn", "CVR-nr.", "Post nr", "By"],
        ["Østergård & Søn ApS", "25313763", "8700", "Horsens"],
        ["Åbyhøj Æblemost", "12345674", "8000", "Århus C"],
    ]))
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.header_row, table.format) == (
        "cp1252", ";", 1, "csv")
    assert table.headers == ["Virksomhedsnavn", "CVR-nr.", "Post nr", "By"]
    assert [r.row_number for r in table.rows] == [2, 3]
    assert table.rows[0].values == ["Østergård & Søn ApS", "25313763", "8700", "Horsens"]
    assert table.rows[1].values[3] == "Århus C"


def test_utf8_bom_comma_quoted_newlines_keep_record_numbers(tmp_path: Path) -> None:
    data = (
        "\ufeffNavn,Adresse,Noter\r\n"
        '"Hansen, Jens","Vestergade 1\r\n2. sal","Ring ""efter"" 10"\r\n'
        "\r\n"
        "Ærø Is,Havnen 2,\r\n"
    ).encode()
    table = read_table(write_bytes(tmp_path, "a.csv", data))
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.headers == ["Navn", "Adresse", "Noter"]
    # The quoted newline is one row in Excel; the blank line is row 3 and is skipped.
    assert [(r.row_number, r.values) for r in table.rows] == [
        (2, ["Hansen, Jens", "Vestergade 1\n2. sal", 'Ring "efter" 10']),
        (4, ["Ærø Is", "Havnen 2", None]),
    ]


def test_utf8_without_bom_tab_and_utf16_excel_unicode_text(tmp_path: Path) -> None:
    rows = [["Navn", "Postnr", "By"], ["Søren", "0800", "Høje Taastrup"]]
    plain = read_table(write_bytes(tmp_path, "t.txt", csv_bytes(rows, delimiter="\t",
                                                                 encoding="utf-8")))
    assert (plain.encoding, plain.delimiter) == ("utf-8", "\t")
    utf16 = read_table(write_bytes(tmp_path, "u.txt", csv_bytes(rows, delimiter="\t",
                                                                encoding="utf-16")))
    assert utf16.encoding == "utf-16"
    assert plain.rows[0].values == utf16.rows[0].values == ["Søren", "0800", "Høje Taastrup"]


def test_decimal_commas_do_not_fool_delimiter_detection(tmp_path: Path) -> None:
    rows = [["Stilling", "Timer pr. uge", "Løn"]] + [
        [f"Job {i}", f"{30 + i},5", f"18{i},25"] for i in range(6)
    ]
    table = read_table(write_bytes(tmp_path, "d.csv", csv_bytes(rows)))
    assert table.delimiter == ";"
    assert table.rows[0].values == ["Job 0", "30,5", "180,25"]


def test_title_rows_above_csv_header(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "t.csv", csv_bytes([
        ["Virksomhedsliste pr. 01-02-2026", "", ""],
        ["", "", ""],
        ["Navn", "CVR", "Postnr."],
        ["Hansen ApS", "25313763", "800"],
    ]))
    table = read_table(path)
    assert table.header_row == 3
    assert table.headers == ["Navn", "CVR", "Postnr."]
    assert [(r.row_number, r.values) for r in table.rows] == [
        (4, ["Hansen ApS", "25313763", "800"])
    ]


def test_nul_bytes_and_control_characters_are_stripped(tmp_path: Path) -> None:
    data = b"Navn;Noter\r\nHan\x00sen\x07 A/S;\"linje 1\x0b\r\nlinje\x1b 2\"\r\n"
    table = read_table(write_bytes(tmp_path, "n.csv", data))
    assert table.rows[0].values == ["Hansen A/S", "linje 1\nlinje 2"]


def test_huge_cell_is_capped_and_reported_not_crashing(tmp_path: Path) -> None:
    huge = "x" * 2_000_000
    path = write_bytes(tmp_path, "h.csv", csv_bytes([
        ["Virksomhedsnavn", "CVR", "Noter"],
        ["Hansen ApS", "25313763", huge],
        ["Jensen ApS", "12345674", "kort"],
    ]))
    table = read_table(path)
    big, small = table.rows
    assert len(big.values[2]) == 10_000
    assert [(i.column, i.reason) for i in big.raw_issues] == [
        (2, "Feltet er for langt (2000000 tegn, højst 10000).")
    ]
    assert small.raw_issues == []
    assert errors_of(table.rows, "companies", table.headers) == [
        (2, "notes", "Feltet er for langt (2000000 tegn, højst 10000).")
    ]


def test_row_with_more_fields_than_header_is_rejected_as_shifted(tmp_path: Path) -> None:
    data = "Navn;CVR\r\nHansen;25313763\r\nJensen; Søn;12345674\r\nPedersen;30000005;;\r\n"
    table = read_table(write_bytes(tmp_path, "s.csv", data.encode("cp1252")))
    assert errors_of(table.rows, "companies", table.headers) == [
        (3, None, "Rækken har 3 felter, men overskriften kun 2; værdierne er forskudt "
                  "(tjek skilletegn og anførselstegn)."),
        (3, "cvr", "CVR-nummer skal være 8 cifre (fik «Søn»)."),
    ]


def test_formula_looking_csv_cells_are_rejected_on_import(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "f.csv", csv_bytes([
        ["Virksomhedsnavn", "CVR", "Noter"],
        ['=HYPERLINK("http://evil.example","Klik her")', "25313763", ""],
        ["Jensen ApS", "12345674", "@SUM(1+1)*cmd|' /C calc'!A0"],
        ["Pedersen ApS", "30000005", "-2 medarbejdere på barsel"],
        ["Nielsen ApS", "10000009", "'=1+1"],
    ]))
    table = read_table(path)
    assert errors_of(table.rows, "companies", table.headers) == [
        (2, "name", '«=HYPERLINK("http://evil.example","Klik…» ligner en regnearksformel og '
                    "importeres ikke af sikkerhedshensyn."),
        (3, "notes", "«@SUM(1+1)*cmd|' /C calc'!A0» ligner en regnearksformel og importeres "
                     "ikke af sikkerhedshensyn."),
        (5, "notes", "«=1+1» ligner en regnearksformel og importeres ikke af sikkerhedshensyn."),
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "Filen «empty.csv» er tom."),
        ("blank.csv", b"\r\n  \r\n;;;\r\n", "Filen «blank.csv» er tom."),
        ("bom.csv", b"\xef\xbb\xbf", "Filen «bom.csv» er tom."),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
         "«old.xls» er en gammel Excel-fil (.xls) eller en krypteret fil. Gem den som .xlsx "
         "eller CSV uden adgangskode, og prøv igen."),
    ],
)
def test_unreadable_files_raise_user_error(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(UserError) as info:
        read_table(write_bytes(tmp_path, name, data))
    assert info.value.da == message


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("garbage.csv", random.Random(7).randbytes(8192)),
        ("report.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"),
        ("prose.txt", "Kære kollega\nHer er listen, du bad om.\nMvh Ole\n".encode()),
        ("numbers.csv", b"1;2;3\n4;5;6\n"),
    ],
)
def test_files_that_are_not_tables(tmp_path: Path, name: str, data: bytes) -> None:
    with pytest.raises(UserError) as info:
        read_table(write_bytes(tmp_path, name, data))
    assert info.value.da.startswith(f"«{name}» ligner ikke en tabel")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError) as info:
        read_table(tmp_path / "væk.csv")
    assert info.value.da == "Filen «væk.csv» findes ikke."


def test_unknown_headers_still_give_a_table_for_manual_mapping(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "x.csv", b"Kolonne A;Kolonne B\r\nfoo;bar\r\n")
    table = read_table(path)
    assert table.headers == ["Kolonne A", "Kolonne B"]
    mapping = map_columns(table.headers, "companies")
    assert mapping.fields == {}
    assert mapping.unknown == [(0, "Kolonne A"), (1, "Kolonne B")]
    assert mapping.missing_required == ["name"]
    with pytest.raises(UserError) as info:
        RowValidator("companies", mapping.fields)
    assert info.value.da == (
        "Filen mangler en kolonne til «Virksomhedsnavn». Vælg kolonnen i kolonnetilknytningen."
    )


def test_streaming_gives_headers_first_and_closes(tmp_path: Path) -> None:
    rows = [["Navn", "CPR"]] + [[f"Person {i}", ""] for i in range(5000)]
    path = write_bytes(tmp_path, "big.csv", csv_bytes(rows))
    with open_table(path) as reader:
        assert reader.headers == ["Navn", "CPR"]
        numbers = [row.row_number for row in reader]
    assert numbers == list(range(2, 5002))
    assert sum(1 for _ in iter_rows(path)) == 5000


# ------------------------------------------------------------------------------------------
# Reading XLSX


def test_xlsx_title_rows_numbers_floats_dates_and_formulas(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "export.xlsx", [
        ["Virksomhedsliste", None, None, None, None],
        ["Udtrukket 01-02-2026 fra fagsystemet", None, None, None, None],
        ["Virksomhedsnavn", "CVR-nr.", "Postnr.", "Oprettet", "Noter"],
        ["Hansen ApS", 25313763.0, 800, datetime(2026, 2, 1), "=1+1"],
        [None, None, None, None, None],
        ["Jensen A/S", 12345674, 8700.0, 46054, '=HYPERLINK("http://x","Klik")'],
        [None, None, None, None, None],
    ], title="Virksomheder")
    set_cached_values(path, {"E4": "2", "E6": "Klik"})
    table = read_table(path)
    assert (table.format, table.sheet, table.header_row, table.encoding, table.delimiter) == (
        "xlsx", "Virksomheder", 3, None, None)
    assert table.headers == ["Virksomhedsnavn", "CVR-nr.", "Postnr.", "Oprettet", "Noter"]
    # Real sheet rows; formulas give their cached values; the trailing empty row is dropped.
    assert [(r.row_number, r.values) for r in table.rows] == [
        (4, ["Hansen ApS", "25313763", "800", "2026-02-01", "2"]),
        (6, ["Jensen A/S", "12345674", "8700", "46054", "Klik"]),
    ]
    records, errors, count = validate_rows(
        table.rows, "companies", auto_map(table.headers, "companies"),
        postcode_exists=postcode_exists, town_for=POSTCODES.get,
    )
    assert (errors, count) == ([], 2)
    assert [(r["_row"], r["cvr"], r["postcode"], r["town"]) for r in records] == [
        (4, "25313763", "0800", "Høje Taastrup"),
        (6, "12345674", "8700", "Horsens"),
    ]


def test_xlsx_merged_group_header_and_wrong_dimension(tmp_path: Path) -> None:
    path = tmp_path / "merged.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Virksomhed", None, "Kontaktperson", None, None, "Postnr."])
    sheet.append(["Navn", "CVR", "Navn", "Tlf.", "E-mail", None])
    sheet.append(["Hansen ApS", "25313763", "Ole Hansen", "22 34 56 78", "ole@hansen.dk", "0800"])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:E1")
    sheet.merge_cells("F1:F2")
    sheet["H9"] = "note to the right, far below"
    workbook.save(path)
    # Some exporters write a <dimension> smaller than the data; it must not cut columns.
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<dimension ref="[^"]+"', b'<dimension ref="A1:B2"', parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)

    table = read_table(path)
    assert table.header_row == 2
    assert table.headers == [
        "Virksomhed Navn", "Virksomhed CVR", "Kontaktperson Navn", "Kontaktperson Tlf.",
        "Kontaktperson E-mail", "Postnr.",
    ]
    assert auto_map(table.headers, "companies") == {
        0: "name", 1: "cvr", 2: "contact_name", 3: "contact_phone", 4: "contact_email",
        5: "postcode",
    }
    assert [r.values for r in table.rows] == [
        ["Hansen ApS", "25313763", "Ole Hansen", "22 34 56 78", "ole@hansen.dk", "0800"]
    ]


def test_xlsx_error_cells_and_sheet_choice(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Forside"
    workbook.active["A1"] = "Se næste ark"
    data = workbook.create_sheet("Data")
    data.append(["Virksomhedsnavn", "CVR"])
    data.append(["Hansen ApS", "#REF!"])
    workbook.save(path)
    table = read_table(path)  # the cover sheet has no header row: the next sheet is used
    assert table.sheet == "Data"
    assert [(i.column, i.reason) for i in table.rows[0].raw_issues] == [
        (1, "Cellen indeholder Excel-fejlen #REF!.")
    ]
    assert errors_of(table.rows, "companies", table.headers) == [
        (2, "cvr", "Cellen indeholder Excel-fejlen #REF!.")
    ]
    assert read_table(path, sheet=1).sheet == "Data"
    with pytest.raises(UserError) as info:
        read_table(path, sheet="Ark3")
    assert info.value.da == (
        "Arket «Ark3» findes ikke i «two.xlsx». Filen har arkene «Forside», «Data»."
    )


def test_truncated_and_fake_xlsx(tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [["Navn", "CVR"], ["Hansen", "25313763"]])
    data = good.read_bytes()
    broken = write_bytes(tmp_path, "broken.xlsx", data[: len(data) // 2])
    with pytest.raises(UserError) as info:
        read_table(broken)
    assert info.value.da == (
        "Excel-filen «broken.xlsx» er beskadiget eller ikke gemt færdig. "
        "Åbn den i Excel, gem den igen, og prøv igen."
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(UserError) as info:
        read_table(write_bytes(tmp_path, "sheet.ods", buffer.getvalue()))
    assert info.value.da.startswith("«sheet.ods» er en ZIP-fil, men ikke et Excel-regneark")
    # A renamed workbook is still read: the content decides, not the file name.
    assert read_table(write_bytes(tmp_path, "renamed.csv", data)).format == "xlsx"


# ------------------------------------------------------------------------------------------
# Column mapping


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Virksomhedsnavn", "name"), ("Navn", "name"), ("Firmanavn", "name"),
        ("CVR-nr.", "cvr"), ("Cvr nummer", "cvr"), ("CVR", "cvr"), ("cvr_nr", "cvr"),
        ("Post nr", "postcode"), ("Postnr.", "postcode"), ("Postnummer", "postcode"),
        ("Post-\nnummer", "postcode"), ("Postnr. (4 cifre)", "postcode"),
        ("By", "town"), ("Postdistrikt", "town"), ("Postnr. og by", "postcode_town"),
        ("Adresse", "address"), ("Kontaktperson", "contact_name"), ("Tlf.", "phone"),
        ("Telefonnummer", "phone"), ("E-mail", "email"), ("Email", "email"),
        ("Branchekode", "industry_code"), ("P-nr.", "p_number"), ("P-nummer", "p_number"),
        ("Antal ansatte", "employee_band"), ("Hjemmeside", "website"),
        ("Kontakt tlf.", "contact_phone"), ("Kontaktpersonens e-mail", "contact_email"),
        ("Bemærkninger", "notes"), ("Ansvarlig konsulent", "responsible_consultant"),
        ("SEKTOR", "sector"),
    ],
)
def test_company_header_variants(header: str, field: str) -> None:
    assert auto_map([header], "companies") == {0: field}


@pytest.mark.parametrize(
    ("kind", "headers", "expected"),
    [
        ("job_orders",
         ["CVR-nummer", "Stillingsbetegnelse", "DISCO-kode", "Antal stillinger", "Timer pr. uge",
          "Arbejdssted postnr.", "Startdato", "Ansøgningsfrist", "Krav", "Certifikater",
          "Kørekort", "Sprog", "Stillingsbeskrivelse", "Status"],
         ["cvr", "title", "disco_code", "positions", "hours_per_week", "location_postcode",
          "start_date", "deadline", "skills", "certificates", "driving_licences", "languages",
          "description", "status"]),
        ("candidates",
         ["Fornavn", "Efternavn", "CPR-nr.", "Tlf", "Mail", "Adresse", "Post nr.", "Målgruppe",
          "Parathed", "Jobønsker", "Kompetencer", "Kørekort", "Sprog", "Max transport (km)",
          "Ønskede timer", "Ledig fra", "Sagsbehandler"],
         ["first_name", "last_name", "cpr", "phone", "email", "address", "postcode",
          "target_group", "readiness", "desired_occupations", "skills", "driving_licences",
          "languages", "max_commute_km", "hours_wanted", "available_from", "consultant"]),
    ],
)
def test_job_order_and_candidate_header_variants(
    kind: str, headers: list[str], expected: list[str]
) -> None:
    assert auto_map(headers, kind) == dict(enumerate(expected))


def test_fuzzy_matches_typos_but_never_required_fields() -> None:
    mapping = map_columns(["Virksomhedsnavnet", "CVR", "Addresse", "Telefonnumer", "Foo"],
                          "companies")
    assert mapping.fields == {1: "cvr", 2: "address", 3: "phone"}
    assert mapping.how == {1: "exact", 2: "fuzzy", 3: "fuzzy"}
    assert [(c.index, c.reason) for c in mapping.unmapped] == [
        (0, "Ukendt kolonne."), (4, "Ukendt kolonne.")
    ]
    assert mapping.missing_required == ["name"]


def test_second_column_for_a_field_is_reported_not_overwriting() -> None:
    mapping = map_columns(["Navn", "Telefon", "Tlf.", ""], "companies")
    assert mapping.fields == {0: "name", 1: "phone"}
    assert [(c.index, c.header, c.reason) for c in mapping.unmapped] == [
        (2, "Tlf.", "«Telefon» er allerede hentet fra kolonne 2."),
        (3, "", "Kolonnen har ingen overskrift."),
    ]


def test_user_mapping_overrides_automatic_choice() -> None:
    headers = ["Navn", "Firma", "Tlf.", "Kontakt tlf."]
    mapping = map_columns(
        headers, "companies", user_mapping={"Firma": "name", 0: "contact_name", 2: None}
    )
    assert mapping.fields == {0: "contact_name", 1: "name", 3: "contact_phone"}
    assert mapping.how[0] == mapping.how[1] == "user"
    assert [(c.index, c.reason) for c in mapping.unmapped] == [(2, "Fravalgt af brugeren.")]
    with pytest.raises(ValueError):
        map_columns(headers, "companies", user_mapping={0: "no_such_field"})


# ------------------------------------------------------------------------------------------
# Validation: companies


COMPANY_HEADERS = ["Virksomhedsnavn", "CVR-nr.", "P-nummer", "Post nr", "By", "Tlf.", "E-mail",
                   "Branchekode", "Sektor", "Hjemmeside"]


def test_company_rows_rejected_with_exact_reasons(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "v.csv", csv_bytes([
        COMPANY_HEADERS,
        ["Hansen ApS", "25313763", "1012345678", "800", "", "22 34 56 78", "a@hansen.dk",
         "62.01.00", "Privat", "www.hansen.dk"],
        ["Jensen A/S", "12345678", "123456789", "0999", "", "12 34 56 78", "x@y", "620",
         "Frivillig", "javascript:alert(1)"],
        ["", "DK 12 34 56 74", "", "12345", "", "", "", "11100", "offentlig", ""],
        ["N" * 201, "30000005", "", "8700", "", "+45 70 20 30 40", "", "6201x", "", ""],
    ]))
    table = read_table(path)
    validate = companies_validator(table.headers)
    report = ImportReport(rows=len(table.rows))
    records = []
    for row in table.rows:
        record, errors = validate(row)
        report.rejected.extend(errors)
        if record:
            records.append(record)
    report.imported = len(records)
    assert report.to_dict() == {
        "rows": 4,
        "imported": 1,
        "updated": 0,
        "rejected": [
            {"row": 3, "field": "cvr",
             "reason": "CVR-nummer 12345678 findes ikke (modulus 11-kontrollen fejler)."},
            {"row": 3, "field": "p_number",
             "reason": "P-nummer skal være 10 cifre (fik «123456789»)."},
            {"row": 3, "field": "postcode", "reason": "Postnummer 0999 findes ikke."},
            {"row": 3, "field": "phone",
             "reason": "Telefonnummeret «12 34 56 78» er ugyldigt."},
            {"row": 3, "field": "email", "reason": "E-mailadressen «x@y» er ugyldig."},
            {"row": 3, "field": "sector",
             "reason": "Sektor skal være privat eller offentlig (fik «Frivillig»)."},
            {"row": 3, "field": "website",
             "reason": "Hjemmesiden «javascript:alert(1)» er ikke en gyldig adresse."},
            {"row": 4, "field": "postcode",
             "reason": "Postnummer skal være 4 cifre (fik «12345»)."},
            {"row": 4, "field": "name", "reason": "Virksomhedsnavn mangler."},
            {"row": 5, "field": "name", "reason": "Teksten er for lang (201 tegn, højst 200)."},
            {"row": 5, "field": "industry_code",
             "reason": "Branchekoden skal være 2-6 cifre (fik «6201x»)."},
        ],
        "duplicate_groups": [],
    }
    assert report.rejected_rows == [3, 4, 5]
    (record,) = records
    assert record == {
        "_row": 2, "name": "Hansen ApS", "cvr": "25313763", "p_number": "1012345678",
        "postcode": "0800", "town": "Høje Taastrup", "phone": "+45 22 34 56 78",
        "email": "a@hansen.dk", "industry_code": "620100", "sector": "private",
        "website": "www.hansen.dk",
    }


def test_company_codes_and_combined_postcode_town() -> None:
    validate = RowValidator(
        "companies", {0: "name", 1: "postcode_town", 2: "industry_code"},
        postcode_exists=postcode_exists, town_for=POSTCODES.get,
        industry_exists=lambda code: code in {"011100", "620100", "62"},
    )
    ok, errors = validate(SourceRow(2, ["Gård ApS", "DK-800 Høje Taastrup", "11100"]))
    assert errors == []
    assert ok == {"_row": 2, "name": "Gård ApS", "postcode": "0800",
                  "town": "Høje Taastrup", "industry_code": "011100"}
    _, errors = validate(SourceRow(3, ["Gård ApS", "Horsens", "4120"]))
    assert [(e.field, e.reason) for e in errors] == [
        ("industry_code", "Branchekoden 4120 findes ikke."),
        ("postcode_town", "«Horsens» skal være postnummer og by, fx «8700 Horsens»."),
    ]


def test_company_duplicate_groups_use_file_row_numbers(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "dup.xlsx", [
        ["Eksport af virksomheder"],
        [],
        ["Navn", "CVR", "Postnr"],
        ["Hansen & Søn A/S", 25313763, 8700],        # row 4
        ["Jensen ApS", 12345674, 8000],              # row 5
        ["HANSEN OG SOEN ApS", None, 8700],          # row 6: same name key + postcode as 4
        ["Hansen & Søn A/S", None, 8000],            # row 7: other postcode, no match
        ["Jensen Holding ApS", "12345674", 7000],    # row 8: same CVR as 5
        ["Jensen Holding", None, 7000],              # row 9: same name key as 8 -> joins 5
        ["Pedersen", "30000005", 800],               # row 10
    ])
    table = read_table(path)
    records, errors, _ = validate_rows(
        table.rows, "companies", auto_map(table.headers, "companies"),
        postcode_exists=postcode_exists,
    )
    assert errors == []
    assert find_duplicate_groups(records, "companies") == [[4, 6], [5, 8, 9]]


def test_coarse_name_key_is_equal_whenever_name_keys_are() -> None:
    rng = random.Random(11)
    bases = ["Hansen & Søn", "Ærø Øl og Is", "Blåbær+Co", "Müller Bygg", "Café Ünal", "K/S Fisk",
             "Smed 7", "a m b a Mejeri", "Æbleå Aps", "AS Hede"]
    forms = ["", " A/S", " ApS", " a / s", " I/S", " IVS", " K/S", " P/S", " amba", " SMBA",
             " as.", " aps."]
    seen: dict[str, str] = {}
    for _ in range(3000):
        base = rng.choice(bases)
        name = rng.choice([str.upper, str.lower, str.title, lambda s: s])(base)
        name = name.replace("&", rng.choice(["&", "og", "+", " & "])) + rng.choice(forms)
        name = name.replace("æ", rng.choice(["æ", "ae"])).replace("ø", rng.choice(["ø", "oe"]))
        key = company_name_key(name)
        coarse = _coarse_name_key(name)
        assert seen.setdefault(key, coarse) == coarse, (name, key)


def test_fast_fold_equals_fold_for_all_latin1_pairs() -> None:
    chars = [chr(i) for i in range(256)]
    for a in chars:
        for b in chars:
            assert fast_fold(a + b) == fold(a + b), repr(a + b)
    for text in ("Søren Ærø", "  Ångström\u00a0ﬁ  ", "Žižek", "μ½²"):
        assert fast_fold(text) == fold(text)


def test_phone_shortcut_agrees_with_normalize_phone() -> None:
    rng = random.Random(5)
    phone = _Phone()
    samples = [f"{rng.randint(10, 99)} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d} "
               f"{rng.randint(0, 99):02d}" for _ in range(3000)]
    samples += ["+45 22 34 56 78", "0045 2234 5678", "2234-5678", "(+45) 22345678", "123"]
    for raw in samples * 2:  # the second pass runs on the memo
        try:
            expected = normalize_phone(raw)
        except ValidationError as exc:
            with pytest.raises(ValidationError) as info:
                phone(raw)
            assert info.value.da == exc.da
        else:
            assert phone(raw) == expected, raw


# ------------------------------------------------------------------------------------------
# Validation: job orders and candidates


def test_job_orders_rules(tmp_path: Path) -> None:
    headers = ["CVR", "Stillingsbetegnelse", "DISCO-kode", "Antal stillinger", "Timer pr. uge",
               "Postnr.", "Startdato", "Ansøgningsfrist", "Kørekort", "Status"]
    path = make_xlsx(tmp_path / "jobs.xlsx", [
        headers,
        [25313763.0, "Svejser", "7212 Svejsere", 2, "37,5", 8700, "01-03-2026",
         datetime(2026, 3, 15), "b, ce", "Åben"],
        [None, "Lagermedarbejder", 9329, "0", 70, 8700, "2026-03-01", 46054, "B", "I gang"],
        ["12345674", None, "12345", "1,5", "", "", "15-03-2026", "01-03-2026", "X", "Lukket"],
        ["12345674", "Kok", "5120", "", "", "", "31-02-2026", "", "", ""],
        ["12345674", "Chauffør", "8332", "1", "", "", "", "", "C1E", "pause"],
        ["12345674", "Kok", "5120", 1, 37, "", 46054.75, "1-3-26", "", "Besat"],
    ])
    table = read_table(path)
    lookups = {"postcode_exists": postcode_exists, "disco_exists": DISCO.__contains__}
    records, errors, count = validate_rows(
        table.rows, "job_orders", auto_map(table.headers, "job_orders"), **lookups
    )
    assert count == 6
    assert [(e.row, e.field, e.reason) for e in errors] == [
        (3, "positions", "Antal stillinger skal være et helt tal fra 1 til 10000 (fik «0»)."),
        (3, "hours_per_week", "Timer pr. uge skal være et tal fra 1 til 60 (fik «70»)."),
        (3, "cvr", "CVR-nummer mangler."),
        (4, "disco_code", "DISCO-koden skal være 1-4 cifre (fik «12345»)."),
        (4, "positions", "Antal stillinger skal være et helt tal fra 1 til 10000 (fik «1,5»)."),
        (4, "driving_licences",
         "Ukendt kørekortkategori «X» (kendte: AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, "
         "D, DE)."),
        (4, "status", "Status «Lukket» er ukendt."),
        (4, "title", "Stillingsbetegnelse mangler."),
        (5, "start_date", "«31-02-2026» er ikke en gyldig dato (brug dd-mm-åååå)."),
        (6, "disco_code", "DISCO-koden 8332 findes ikke."),
    ]
    assert records == [{
        "_row": 2, "cvr": "25313763", "title": "Svejser", "disco_code": "7212", "positions": 2,
        "hours_per_week": 37.5, "location_postcode": "8700", "start_date": date(2026, 3, 1),
        "deadline": date(2026, 3, 15), "driving_licences": ["B", "CE"], "status": "open",
    }, {
        "_row": 7, "cvr": "12345674", "title": "Kok", "disco_code": "5120", "positions": 1,
        "hours_per_week": 37.0, "location_postcode": None, "start_date": date(2026, 2, 1),
        "deadline": date(2026, 3, 1), "driving_licences": [], "status": "filled",
    }]


def test_candidates_rules_lists_and_duplicates(tmp_path: Path) -> None:
    headers = ["Fornavn", "Efternavn", "CPR-nr.", "Telefon", "E-mail", "Postnr", "Målgruppe",
               "Parathed", "Jobønsker", "Kompetencer", "Kørekort", "Sprog", "Maks. afstand",
               "Ønskede timer", "Ledig fra"]
    rows = [
        headers,
        ["Søren", "Ærø", "010190-1234", "22 34 56 78", "soren@mail.dk", "8700",
         "KH_JP - jobparat kontanthjælp", "Jobparat", "7212 Svejser; 9329",
         "svejsning, truck\nLager;svejsning", "b + e, c1", "Dansk (flydende), engelsk",
         "25 km", "37", "01-05-2026"],
        ["Anna", "Berg", "3102901234", "", "", "8000", "", "klar", "", "", "B, X, Q", "",
         "1000", "0", ""],
        ["", "", "", "", "", "", "", "", "Svejser", "", "", "", "", "", ""],
        ["Soeren", "Aeroe", "", "+45 22345678", "", "8700", "", "", "", "", "", "", "", "", ""],
        ["Mette", "Lund", "0101501234", "", "Mette@Mail.dk", "7000", "", "", "", "", "", "", "",
         "", ""],
        ["mette lund", "", "", "", "mette@mail.dk", "7000", "", "", "", "", "", "", "", "", ""],
    ]
    table = read_table(write_bytes(tmp_path, "borgere.csv", csv_bytes(rows)))
    records, errors, _ = validate_rows(
        table.rows, "candidates", auto_map(table.headers, "candidates"),
        postcode_exists=postcode_exists, disco_exists=DISCO.__contains__,
    )
    assert [(e.row, e.field, e.reason) for e in errors] == [
        (3, "cpr", "CPR-nummeret har en dato, der ikke findes."),
        (3, "readiness", "Parathed «klar» er ukendt."),
        (3, "driving_licences",
         "Ukendt kørekortkategori «X, Q» (kendte: AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, "
         "D, DE)."),
        (3, "max_commute_km", "Maks. transport (km) skal være et tal fra 0 til 500 (fik «1000»)."),
        (3, "hours_wanted", "Ønskede timer skal være et tal fra 1 til 60 (fik «0»)."),
        (4, "desired_occupations", "DISCO-koden skal være 1-4 cifre (fik «Svejser»)."),
        (4, "name", "Navn mangler."),
    ]
    first = records[0]
    assert first == {
        "_row": 2, "name": "Søren Ærø", "cpr": "0101901234", "phone": "+45 22 34 56 78",
        "email": "soren@mail.dk", "postcode": "8700",
        "target_group": "KH_JP - jobparat kontanthjælp", "readiness": "job_ready",
        "desired_occupations": ["7212", "9329"], "skills": ["svejsning", "truck", "Lager"],
        "driving_licences": ["BE", "C1"], "languages": ["Dansk (flydende)", "engelsk"],
        "max_commute_km": 25, "hours_wanted": 37.0, "available_from": date(2026, 5, 1),
    }
    # Same folded name + phone (rows 2, 5) and same name + e-mail ignoring case (rows 6, 7).
    assert find_duplicate_groups(records, "candidates") == [[2, 5], [6, 7]]


def test_numbers_that_went_through_excel_floats() -> None:
    companies = RowValidator("companies", {0: "name", 1: "cvr", 2: "phone", 3: "p_number"})
    record, errors = companies(SourceRow(2, ["A ApS", "25313763.0", "4522345678.0",
                                             "1012345678.0"]))
    assert errors == []
    assert (record["cvr"], record["phone"], record["p_number"]) == (
        "25313763", "+45 22 34 56 78", "1012345678")
    _, errors = companies(SourceRow(3, ["A ApS", "", "4512345678", ""]))
    assert [(e.field, e.reason) for e in errors] == [
        ("phone", "Telefonnummeret «4512345678» er ugyldigt.")]
    candidates = RowValidator("candidates", {0: "name", 1: "cpr"})
    record, errors = candidates(SourceRow(2, ["Ib", "101901234"]))
    assert (record["cpr"], errors) == ("0101901234", [])


def test_a_checker_bug_rejects_the_value_not_the_import(
    caplog: pytest.LogCaptureFixture,
) -> None:
    validate = RowValidator(
        "companies", {0: "name", 1: "postcode"}, postcode_exists=lambda code: 1 / 0
    )
    record, errors = validate(SourceRow(7, ["A ApS", "8700"]))
    assert record is None
    assert errors == [RowError(7, "postcode", "Værdien kunne ikke kontrolleres (intern fejl, "
                                              "skrevet i logfilen).")]
    assert "ZeroDivisionError" in caplog.text


def test_validator_refuses_unknown_fields_and_kinds() -> None:
    with pytest.raises(ValueError):
        RowValidator("companies", {0: "title"})
    with pytest.raises(ValueError):
        find_duplicate_groups([], "invoices")


def test_import_report_shape() -> None:
    report = ImportReport(rows=3, imported=1, updated=1,
                          rejected=[RowError(4, "cvr", "CVR-nummer mangler.")],
                          duplicate_groups=[[2, 3]])
    assert report.to_dict() == {
        "rows": 3, "imported": 1, "updated": 1,
        "rejected": [{"row": 4, "field": "cvr", "reason": "CVR-nummer mangler."}],
        "duplicate_groups": [[2, 3]],
    }


# ------------------------------------------------------------------------------------------
# Export


HOSTILE = ["=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1)", "-2+3", "@cmd", "\tfane", "\rretur",
           " =1+1"]


def test_neutralise() -> None:
    assert [neutralise(v) for v in HOSTILE] == ["'" + v for v in HOSTILE]
    assert neutralise("Hansen ApS") == "Hansen ApS"
    assert neutralise("") == ""


def test_csv_export_for_danish_excel_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "ud.csv"
    count = write_csv(path, ["Navn", "Postnr", "CVR", "Timer", "Frist", "Kørekort", "Aktiv"], [
        ["Østergård; \"Søn\"\nApS", "0800", "01234567", 37.5, date(2026, 2, 1), ["B", "CE"], True],
        [HOSTILE[0], "8700", None, 37, None, [], False],
        *[[v, "", "", -5, None, [], None] for v in HOSTILE[1:]],
    ])
    assert count == 8
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfNavn;Postnr;CVR;Timer;Frist;K\xc3\xb8rekort;Aktiv\r\n")
    assert '"Østergård; ""Søn""\nApS";0800;01234567;37,5;01-02-2026;B, CE;Ja\r\n' in data.decode()
    assert [p.name for p in tmp_path.iterdir()] == ["ud.csv"]  # no temp file left behind
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.rows[0].values[:3] == ["Østergård; \"Søn\"\nApS", "0800", "01234567"]
    # A carriage return inside a value comes back as a newline, as everywhere on import.
    assert [r.values[0] for r in table.rows[1:]] == ["'" + v.replace("\r", "\n") for v in HOSTILE]
    assert [r.values[3] for r in table.rows[1:]] == ["37"] + ["-5"] * 6  # numbers not escaped


def test_xlsx_export_text_codes_bold_frozen_header_and_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "ud.xlsx"
    rows = [
        ["Hansen ApS", "0800", "01234567", date(2026, 2, 1), datetime(2026, 2, 1, 9, 0, tzinfo=UTC),
         37.5, "linje\x00 med\x07 styretegn"],
        [HOSTILE[0], "8700", "25313763", None, None, None, "x" * 40_000],
    ]
    headers = ["Virksomhedsnavn", "Postnr", "CVR", "Oprettet", "Tidspunkt", "Timer", "Noter"]
    assert write_xlsx(path, headers, rows, sheet_title="Virksomheder: 2026/02 [alle]") == 2
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Virksomheder 2026 02 alle"
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    postcode = sheet["B2"]
    assert (postcode.value, postcode.data_type, postcode.number_format) == ("0800", "s", "@")
    assert sheet["C2"].value == "01234567"
    assert sheet["D2"].value == datetime(2026, 2, 1) and sheet["D2"].number_format == "DD-MM-YYYY"
    assert sheet["E2"].value == datetime(2026, 2, 1, 10, 0)  # Copenhagen wall-clock time
    assert sheet["G2"].value == "linje med styretegn"
    assert (sheet["A3"].value, sheet["A3"].data_type) == ("'" + HOSTILE[0], "s")
    assert len(sheet["G3"].value) == 32_767
    assert 10 <= sheet.column_dimensions["A"].width <= 60
    assert sheet.column_dimensions["G"].width == 60
    table = read_table(path)
    assert [r.values[1] for r in table.rows] == ["0800", "8700"]


def test_failed_export_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "ud.csv"
    write_csv(path, ["Navn"], [["gammel"]])
    before = path.read_bytes()

    def rows():  # noqa: ANN202
        yield ["ny"]
        raise RuntimeError("crash midway")

    with pytest.raises(RuntimeError):
        write_csv(path, ["Navn"], rows())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["ud.csv"]
    with pytest.raises(UserError) as info:
        write_csv(tmp_path / "mangler" / "ud.csv", ["Navn"], [])
    assert info.value.da == f"Mappen «{tmp_path / 'mangler'}» findes ikke."


def test_ics_export_parses_back_with_stable_uids(tmp_path: Path) -> None:
    now = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)
    events = [
        CalendarEvent(event_uid("follow_up", 7), "Ring til Hansen ApS", date(2026, 3, 2),
                      "Opfølgning på praktik\nKontakt: Ole"),
        CalendarEvent("follow_up-8", "Besøg Jensen", datetime(2026, 3, 4, 23, 30, tzinfo=UTC)),
    ]
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert write_ics(first, events, now=now) == 2
    write_ics(second, list(reversed(events)), now=now)
    assert first.read_bytes() == second.read_bytes()  # same UIDs, same file: updates, no copies
    calendar = Calendar.from_ical(first.read_bytes())
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Copenhagen"
    parsed = {
        str(e["UID"]): (str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND"),
                        str(e.get("DESCRIPTION", "")), str(e["TRANSP"]))
        for e in calendar.walk("VEVENT")
    }
    assert parsed == {
        "follow_up-7@jobcenter-desktop": ("Ring til Hansen ApS", date(2026, 3, 2),
                                          date(2026, 3, 3), "Opfølgning på praktik\nKontakt: Ole",
                                          "TRANSPARENT"),
        # 23:30 UTC on 4 March is 00:30 on 5 March in Copenhagen.
        "follow_up-8@jobcenter-desktop": ("Besøg Jensen", date(2026, 3, 5), date(2026, 3, 6), "",
                                          "TRANSPARENT"),
    }
    with pytest.raises(ValueError):
        write_ics(tmp_path / "c.ics", [events[0], events[0]])
