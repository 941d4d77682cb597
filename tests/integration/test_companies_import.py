"""Company and job-order import/export on SQLite and PostgreSQL, with messy files generated
here: cp1252 with semicolons, title rows, quoted newlines, NUL bytes, broken quoting, formula
cells, huge cells, unknown columns, and XLSX with numbers where text was meant."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from jobcenter_desktop.domain.errors import UserError
from jobcenter_desktop.persistence.orm import AccessLog, Company, ContactPerson, Workplace
from jobcenter_desktop.services.companies import CompanyInput
from jobcenter_desktop.services.company_export import CompanyExportService
from jobcenter_desktop.services.company_import import CompanyImportService, ImportCancelled
from jobcenter_desktop.services.contacts import ContactService
from jobcenter_desktop.services.lists import ListQuery

TODAY = datetime.now(UTC).date()


def messy_csv(tmp_path: Path) -> Path:
    lines = [
        "Virksomhedsliste fra Excel;;;;;;;",
        "CVR-nr.;Firmanavn;Adresse;Postnr.;Tlf.;E-mail;Kontaktperson;Farve",
        '25313763;Ærø Bageri ApS;"Søndergade 1\nBaghuset";5970;20 30 40 50;info@aeroebageri.dk;'
        "Birthe Kjærsgaard;blå",
        "13585628;HANSEN & SØN A/S;Vejlevej 2;7000;;;Ole Hansen;rød",
        "12345678;Forkert CVR ApS;Vej 1;8000;;;;",
        '30000005;=HYPERLINK("http://x");Vej 2;8000;;;;',
        "10000009;Nul\x00byte ApS;Vej 3;8000;;bad@;;",
        "40000003;Fjord Smedje;Havnen 1;6000;;;;",
        "70000008;" + "X" * 300 + ";Vej 4;8000;;;;",
        "12345674;Kjærs Bageri;Vej 5;9999;;;;",
        "12345674;Kjærs Bageri;;;;;Anna Kjær;",
        '25313763;Ærø Bageri;"broken',
    ]
    path = tmp_path / "virksomheder.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


MESSY_REPORT = {
    "rows": 10,
    "imported": 2,
    "updated": 2,
    "rejected": [
        {"row": 5, "field": "cvr",
         "reason": "CVR-nummer 12345678 findes ikke (modulus 11-kontrollen fejler)."},
        {"row": 6, "field": "name",
         "reason": "«=HYPERLINK(\"http://x\")» ligner en regnearksformel og importeres ikke af "
                   "sikkerhedshensyn."},
        {"row": 7, "field": "email", "reason": "E-mailadressen «bad@» er ugyldig."},
        {"row": 8, "field": "name",
         "reason": "Ligner den registrerede virksomhed «Fjord Smedje ApS» (CVR 29403473) i samme "
                   "postnummer, men CVR-nummeret er et andet. Ret CVR-nummeret, eller ret "
                   "virksomheden i registret."},
        {"row": 9, "field": "name", "reason": "Teksten er for lang (300 tegn, højst 200)."},
        {"row": 10, "field": "postcode", "reason": "Postnummer 9999 findes ikke."},
    ],
    "duplicate_groups": [[3, 12]],
}


def register(services) -> None:  # noqa: ANN001
    services.companies.create(CompanyInput(cvr="13585628", name="Hansen & Søn A/S",
                                           postcode="7000", notes="Gammel note"))
    services.companies.create(CompanyInput(cvr="29403473", name="Fjord Smedje ApS",
                                           postcode="6000"))


def all_companies(services) -> dict[str, object]:  # noqa: ANN001
    ids = services.companies.list_ids(ListQuery())
    return {services.companies.get(i).cvr: services.companies.get(i) for i in ids}


def test_messy_cp1252_file_imports_valid_rows_and_reports_the_rest(services, tmp_path) -> None:  # noqa: ANN001
    register(services)
    importer = CompanyImportService(services.ctx)
    path = messy_csv(tmp_path)
    dry = importer.run(path, "companies", dry_run=True)
    assert dry.to_dict() == MESSY_REPORT and not dry.written
    assert services.companies.count() == 2  # a dry run saves nothing
    done = importer.run(path, "companies")
    assert done.to_dict() == MESSY_REPORT and done.written
    companies = all_companies(services)
    assert sorted(companies) == ["12345674", "13585628", "25313763", "29403473"]
    baker = companies["25313763"]
    assert baker.address == "Søndergade 1\nBaghuset" and baker.town == "Ærøskøbing"
    assert baker.phone == "+45 20 30 40 50" and baker.status == "prospect"
    hansen = companies["13585628"]
    assert hansen.name == "HANSEN & SØN A/S" and hansen.address == "Vejlevej 2"
    assert hansen.notes == "Gammel note"  # an empty cell never erases
    contacts = ContactService(services.ctx)
    assert [c.name for c in contacts.list_contacts(hansen.id)] == ["Ole Hansen"]
    assert [c.name for c in contacts.list_contacts(companies["12345674"].id)] == ["Anna Kjær"]
    # Imported companies are searchable at once, also by their contact persons.
    found = services.companies.rows(services.companies.list_ids(ListQuery(search="kjærsgaard")))
    assert [r.name for r in found] == ["Ærø Bageri ApS"]
    with services.ctx.uow() as uow:
        log = uow.session.scalars(select(AccessLog).where(AccessLog.action == "import")).one()
        assert log.search_criterion == "virksomheder.csv"
        creates = uow.session.scalar(select(func.count()).select_from(AccessLog).where(
            AccessLog.action == "create", AccessLog.entity == "company"))
        assert creates == 4  # two by hand, two imported


def make_xlsx(path: Path, rows: list[list]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_with_title_rows_numbers_and_several_p_numbers(services, tmp_path) -> None:  # noqa: ANN001
    path = make_xlsx(tmp_path / "cvr.xlsx", [
        ["Eksport fra CVR"],
        [],
        ["Virksomhedsnavn", "CVR", "Postnummer", "P-nummer", "Branchekode", "Antal ansatte",
         "Ansvarlig konsulent", "Sektor"],
        ["Høje Taastrup Rengøring ApS", 25313763, 2630, 1012345678, "81.21.00", "10-19", "tester",
         "Privat"],
        ["København Kontor", 30000005, 800, None, 6201, "12", None, "offentlig"],
        ["Høje Taastrup Rengøring ApS", 25313763, 2630, 1012345679, None, None, None, None],
        ["Ukendt Konsulent A/S", 12345674, 8000, None, None, "mange", "Zorro", None],
        ["Dublet P ApS", 10000009, 8000, 1012345678, None, None, None, None],
    ])
    outcome = CompanyImportService(services.ctx).run(path, "companies")
    assert outcome.to_dict() == {
        "rows": 5,
        "imported": 2,
        "updated": 1,
        "rejected": [
            {"row": 7, "field": "employee_band",
             "reason": "Antal ansatte «mange» passer ikke til CVR's intervaller (1, 2-4, 5-9, "
                       "10-19, 20-49, 50-99, 100-199, 200-499, 500-999, 1000+)."},
            {"row": 7, "field": "responsible_consultant",
             "reason": "Konsulenten «Zorro» findes ikke (brug initialer eller fulde navn)."},
            {"row": 8, "field": "p_number",
             "reason": "P-nummer 1012345678 står også i række 4 under et andet CVR-nummer."},
        ],
        "duplicate_groups": [[4, 6]],
    }
    companies = all_companies(services)
    cleaning = companies["25313763"]
    assert cleaning.p_numbers == ("1012345678", "1012345679")
    assert (cleaning.industry_code, cleaning.employee_band, cleaning.responsible_consultant_name) == (
        "812100", "10-19", "tester")
    office = companies["30000005"]
    assert (office.postcode, office.industry_code, office.employee_band, office.sector) == (
        "0800", "62.01", "10-19", "public")  # the leading zero Excel dropped is back


def test_update_by_cvr_appends_notes_and_updates_known_contacts(services, tmp_path) -> None:  # noqa: ANN001
    register(services)
    hansen = all_companies(services)["13585628"]
    from jobcenter_desktop.services.contacts import ContactInput

    ContactService(services.ctx).add_contact(hansen.id, ContactInput(name="Ole Hansen", role="Ejer"))
    path = tmp_path / "opdatering.csv"
    path.write_text("CVR;Navn;Noter;Kontaktperson;Kontakttelefon\n"
                    "13585628;Hansen & Søn A/S;Ny hal i 2027;Ole Hansen;20304050\n",
                    encoding="utf-8-sig")
    report = CompanyImportService(services.ctx).run(path, "companies").to_dict()
    assert (report["imported"], report["updated"], report["rejected"]) == (0, 1, [])
    after = services.companies.get(hansen.id)
    assert after.notes == "Gammel note\n\nNy hal i 2027" and after.version == hansen.version + 1
    (ole,) = ContactService(services.ctx).list_contacts(hansen.id)
    assert (ole.role, ole.phone) == ("Ejer", "+45 20 30 40 50")
    # Importing the same file again changes nothing more.
    CompanyImportService(services.ctx).run(path, "companies")
    assert services.companies.get(hansen.id).notes == "Gammel note\n\nNy hal i 2027"


def _store_counts(services) -> tuple[int, ...]:  # noqa: ANN001
    with services.ctx.uow() as uow:
        s = uow.session
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (Company, Workplace, ContactPerson, AccessLog))


def big_file(tmp_path: Path, rows: int) -> Path:
    import random

    from jobcenter_desktop.services.demo import valid_cvr

    rng = random.Random(1)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["CVR", "Navn", "Postnr", "P-nummer", "Kontaktperson"])
    seen: set[str] = set()
    for i in range(rows):
        cvr = valid_cvr(rng)
        while cvr in seen:
            cvr = valid_cvr(rng)
        seen.add(cvr)
        writer.writerow([cvr, f"Firma {i} ApS", "7000", str(1_100_000_000 + i), f"Person {i}"])
    path = tmp_path / "stor.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_cancel_and_failure_leave_the_store_unchanged(services, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    register(services)
    before = _store_counts(services)
    path = big_file(tmp_path, 2500)
    importer = CompanyImportService(services.ctx)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    with pytest.raises(ImportCancelled) as err:
        importer.run(path, "companies", progress=progress, cancel=lambda: len(seen) >= 2)
    assert "Intet er gemt" in err.value.da
    assert _store_counts(services) == before

    # A failure while writing (here: the disk fills up) rolls everything back.
    import jobcenter_desktop.services.company_import as module

    real = module.bulk_insert

    def failing(session, table, rows):  # noqa: ANN001
        real(session, table, rows)
        if table.name == "contact_person":
            raise RuntimeError("disk full")

    monkeypatch.setattr(module, "bulk_insert", failing)
    with pytest.raises(RuntimeError):
        importer.run(path, "companies")
    assert _store_counts(services) == before
    monkeypatch.setattr(module, "bulk_insert", real)

    seen.clear()
    outcome = importer.run(path, "companies", progress=progress)
    assert outcome.report.imported == 2500
    assert seen[-1] == (5000, 5000) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert _store_counts(services)[:3] == (before[0] + 2500, before[1] + 2500, before[2] + 2500)
    found = services.companies.list_ids(ListQuery(search="person 2499"))
    assert len(found) == 1


def test_strict_mode_imports_nothing_when_a_row_is_rejected(services, tmp_path) -> None:  # noqa: ANN001
    register(services)
    before = _store_counts(services)
    outcome = CompanyImportService(services.ctx).run(messy_csv(tmp_path), "companies", strict=True)
    report = outcome.to_dict()
    assert not outcome.written and (report["imported"], report["updated"]) == (0, 0)
    assert report["rejected"] == MESSY_REPORT["rejected"]
    assert _store_counts(services) == before


def test_mapping_override_and_missing_required_column(services, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "egen.csv"
    path.write_text("Org nr;Firma betegnelse;Zip\n25313763;Bager Hansen;5970\n", encoding="utf-8")
    importer = CompanyImportService(services.ctx)
    with pytest.raises(UserError) as err:
        importer.run(path, "companies")
    assert "«Virksomhedsnavn»" in err.value.da
    preview = importer.preview(path, "companies")
    assert preview.row_count == 1 and preview.headers == ["Org nr", "Firma betegnelse", "Zip"]
    outcome = importer.run(path, "companies", user_mapping={
        "Org nr": "cvr", "Firma betegnelse": "name", "Zip": "postcode"})
    assert outcome.report.imported == 1
    assert all_companies(services)["25313763"].town == "Ærøskøbing"


def test_unreadable_files_are_user_errors(services, tmp_path) -> None:  # noqa: ANN001
    importer = CompanyImportService(services.ctx)
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    pdf = tmp_path / "faktura.csv"
    pdf.write_bytes(b"%PDF-1.4 binary \x00\x01\x02")
    for path in (empty, pdf, tmp_path / "findes-ikke.xlsx"):
        with pytest.raises(UserError):
            importer.run(path, "companies")


def test_job_orders_link_by_cvr_and_update_on_reimport(services, tmp_path) -> None:  # noqa: ANN001
    register(services)
    soon = TODAY + timedelta(days=20)
    path = make_xlsx(tmp_path / "jobordrer.xlsx", [
        ["CVR-nummer", "Stillingsbetegnelse", "DISCO-kode", "Antal stillinger", "Timer pr. uge",
         "Ansøgningsfrist", "Kørekort", "Kompetencer"],
        [13585628, "Tømrer", "7115", 2, "37", soon, "B", "tagarbejde, montage"],
        [13585628, "Tømrer", "7115", 2, "37", soon, "B", None],
        [40000003, "Kok", "5120", 1, "37", None, None, None],
        [29403473, "Smed", "7212", 1, "37", TODAY - timedelta(days=3), None, None],
        [29403473, "Kok", "9999", 1, "37", None, None, None],
    ])
    importer = CompanyImportService(services.ctx)
    report = importer.run(path, "job_orders").to_dict()
    assert report == {
        "rows": 5,
        "imported": 2,
        "updated": 0,
        "rejected": [
            {"row": 3, "field": "title",
             "reason": "Samme jobordre som række 2 (virksomhed, stilling, arbejdssted og "
                       "startdato)."},
            {"row": 4, "field": "cvr",
             "reason": "Ingen virksomhed med CVR-nummer 40000003 i registret. Importér eller "
                       "opret virksomheden først."},
            {"row": 6, "field": "disco_code", "reason": "DISCO-koden 9999 findes ikke."},
        ],
        "duplicate_groups": [[2, 3]],
    }
    jobs = services.job_orders
    by_title = {r.title: jobs.get(r.id) for r in jobs.rows(jobs.list_ids(ListQuery()))}
    carpenter = by_title["Tømrer"]
    assert (carpenter.positions, carpenter.hours_per_week, carpenter.location_postcode) == (2, 37.0, "7000")
    assert sorted((r.kind, r.value) for r in carpenter.requirements) == [
        ("licence", "B"), ("skill", "montage"), ("skill", "tagarbejde")]
    assert carpenter.events[0].reason == "Importeret fra jobordrer.xlsx"
    assert by_title["Smed"].status == "expired"  # its deadline had passed
    again = importer.run(path, "job_orders").to_dict()
    assert (again["imported"], again["updated"]) == (0, 2)
    assert len(jobs.list_ids(ListQuery())) == 2


def test_export_neutralises_formulas_and_round_trips(services, tmp_path) -> None:  # noqa: ANN001
    from jobcenter_desktop.services.bootstrap import open_store
    from jobcenter_desktop.services.contacts import ContactInput

    made = services.companies.create(CompanyInput(
        cvr="25313763", name="-Minus Rengøring ApS", postcode="0800", phone="20304050",
        notes="Kantine", p_numbers=("1012345678", "1012345679")))
    ContactService(services.ctx).add_contact(made.id, ContactInput(name="@Kim", phone="+46 8 123 456 78"))
    register(services)
    fjord = all_companies(services)["29403473"]
    services.companies.update(fjord.id, fjord, replace(fjord.as_input(), notes="=SUM(A1:A9)"))
    xlsx = tmp_path / "virksomheder.xlsx"
    assert CompanyExportService(services.ctx).export(xlsx) == 3
    sheet = openpyxl.load_workbook(xlsx).active
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    headers = [c.value for c in sheet[1]]
    row = dict(zip(headers, rows["25313763"], strict=True))
    assert row["Virksomhedsnavn"] == "'-Minus Rengøring ApS"
    assert dict(zip(headers, rows["29403473"], strict=True))["Noter"] == "'=SUM(A1:A9)"
    assert row["Kontaktperson"] == "'@Kim" and row["Postnummer"] == "0800"
    assert row["Telefon"] == "20 30 40 50" and row["Kontakttelefon"] == "0046 8 123 456 78"
    assert (row["P-nummer"], row["Øvrige P-numre"]) == ("1012345678", "1012345679")
    csv_path = tmp_path / "virksomheder.csv"
    CompanyExportService(services.ctx).export(csv_path, "csv", ListQuery(search="hansen"))
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.startswith("CVR-nummer;Virksomhedsnavn;") and "Hansen & Søn A/S" in text
    assert "Minus" not in text
    with services.ctx.uow() as uow:
        exports = uow.session.scalars(select(AccessLog.search_criterion).where(
            AccessLog.action == "export")).all()
    assert exports == ["alle virksomheder → virksomheder.xlsx",
                       "søgning «hansen» → virksomheder.csv"]
    # The export is a valid import into another store: same companies, same values; the
    # formula note is refused again on the way in.
    other = open_store(tmp_path / "andet.sqlite3", vault=services.ctx.vault, username="tester")
    try:
        report = CompanyImportService(other.ctx).run(xlsx, "companies").to_dict()
        assert report["imported"] == 2
        assert report["rejected"] == [{
            "row": 3, "field": "notes",
            "reason": "«=SUM(A1:A9)» ligner en regnearksformel og importeres ikke af "
                      "sikkerhedshensyn."}]
        again = {c: all_companies(other)[c] for c in ("25313763", "13585628")}
        assert again["25313763"].name == "-Minus Rengøring ApS"  # the apostrophe is undone
        assert again["25313763"].notes == "Kantine"
        assert again["25313763"].p_numbers == ("1012345678",)
        assert again["25313763"].phone == "+45 20 30 40 50"
        assert again["13585628"].town == "Fredericia"
    finally:
        other.close()


def test_report_json_is_exactly_the_documented_shape(services, tmp_path) -> None:  # noqa: ANN001
    outcome = CompanyImportService(services.ctx).run(messy_csv(tmp_path), "companies",
                                                     dry_run=True)
    text = json.dumps(outcome.to_dict(), ensure_ascii=False)
    parsed = json.loads(text)
    assert list(parsed) == ["rows", "imported", "updated", "rejected", "duplicate_groups"]
    assert all(list(e) == ["row", "field", "reason"] for e in parsed["rejected"])
