"""Importing citizens from the messy files jobcenters really have, on both backends.

Files are generated here: Windows cp1252 with semicolons, UTF-8 with BOM and commas and
quoted newlines, XLSX with a title row; with impossible CPR dates, bad postcodes, target
groups written every which way and some that cannot be read. The report must be exact.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from jobcenter_desktop.cli import main
from jobcenter_desktop.persistence.orm import AccessLog, Candidate
from jobcenter_desktop.services.candidate_import import CandidateImportService, ImportCancelled
from jobcenter_desktop.services.candidates import CandidateInput
from jobcenter_desktop.services.lists import ListQuery

DAY = date(2026, 11, 25)  # target groups are read on a fixed date: the test must not age

MESSY_ROWS = [
    "Navn;CPR-nr.;Tlf.;Postnr.;Målgruppe;Parathed;Jobønsker;Kompetencer;Kørekort;Sprog",
    "Søren Ærø;010190-1234;22 34 56 78;7000;kontanthjaelp jobparat;;7212 Svejser;"
    "TIG-svejsning, Lager;B;Dansk (modersmål)",
    "Åse Ågård;;23456789;7100;Dagpenge;;9333;;C, CE;engelsk - godt",
    "Ib Østergaard;3102901234;;8000;KH - aktivitetsparat;;;;;",
    "Bent Ørum;;;0000;Flyverdragt;;;;;",
    "Lone Bæk;;40506070;7000;Kontanthjælp;;;;;",
    "Søren Ærø;0101901234;;7000;;;;;;",
    "Mette Kjær;;;70000;Sygedagpenke;;;;;",
    "Jens Holm;;;6000;Kontanthjælp;Aktivitetsparat;;;;",
]
MESSY_REJECTED = [
    {"row": 4, "field": "cpr", "reason": "CPR-nummeret har en dato, der ikke findes."},
    {"row": 5, "field": "postcode", "reason": "Postnummer 0000 findes ikke."},
    {"row": 5, "field": "target_group", "reason": "Målgruppen «Flyverdragt» kan ikke genkendes."},
    {"row": 6, "field": "target_group",
     "reason": "Målgruppen «Kontanthjælp» er tvetydig: angiv også parathed (mulige: KH_AP, KH_JP)."},
    {"row": 7, "field": None,
     "reason": "Samme borger som række 2 (samme CPR-nummer, eller samme navn og telefon/e-mail); "
               "kun den første række importeres."},
    {"row": 8, "field": "postcode", "reason": "Postnummer skal være 4 cifre (fik «70000»)."},
]


def write_cp1252(tmp_path: Path, rows: list[str], name: str = "borgere.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def _count(services) -> int:  # noqa: ANN001
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Candidate))


def _by_name(services, name: str):  # noqa: ANN001, ANN202
    cs = services.candidates
    rows = [r for r in cs.rows(cs.list_ids(ListQuery(search=name))) if r.name == name]
    assert len(rows) == 1, name
    return cs.get(rows[0].id)


def test_messy_cp1252_semicolon_file_gives_the_exact_report(services, tmp_path) -> None:  # noqa: ANN001
    existing = services.candidates.create(CandidateInput(name="Søren Ærø", cpr="0101901234",
                                                         postcode="7000", skills=("Rengøring",)))
    path = write_cp1252(tmp_path, MESSY_ROWS)
    service = CandidateImportService(services.ctx)
    dry = service.run(path, dry_run=True, target_group_date=DAY)
    expected = {"rows": 8, "imported": 2, "updated": 1, "rejected": MESSY_REJECTED,
                "duplicate_groups": [[2, 7]]}
    assert dry.to_dict() == expected
    assert _count(services) == 1  # a dry run saves nothing
    result = service.run(path, target_group_date=DAY)
    assert result.to_dict() == expected and result.committed
    assert result.unmapped_target_groups == {"Flyverdragt": 1, "Kontanthjælp": 1}
    assert result.mapped_target_groups["Dagpenge"] == "DP"
    assert _count(services) == 3
    soren = services.candidates.get(existing.id)
    # The file fills in and replaces what it gives; nothing it leaves out is lost.
    assert soren.target_group_code == "KH_JP" and soren.readiness == "jobparat"
    assert soren.skills == ("Lager", "TIG-svejsning") and soren.phone == "+45 22 34 56 78"
    assert soren.desired_occupations == ("7212",) and soren.languages == (("dansk", "modersmål"),)
    aase = _by_name(services, "Åse Ågård")
    assert (aase.target_group_code, aase.driving_licences, aase.town) == ("DP", ("C", "CE"), "Vejle")
    assert aase.languages == (("engelsk", "godt"),)
    # "Kontanthjælp" alone is ambiguous (row 6) but the row's readiness settles it (row 9).
    assert _by_name(services, "Jens Holm").target_group_code == "KH_AP"


def test_strict_import_saves_nothing_when_a_row_is_rejected(services, tmp_path) -> None:  # noqa: ANN001
    path = write_cp1252(tmp_path, MESSY_ROWS)
    result = CandidateImportService(services.ctx).run(path, strict=True, target_group_date=DAY)
    assert not result.committed and result.report.rejected
    assert _count(services) == 0


def test_utf8_bom_comma_file_with_quoted_newlines(services, tmp_path) -> None:  # noqa: ANN001
    text = ("Fornavn,Efternavn,E-mail,Postnummer,Målgruppe,Kompetencer,Ledig fra,Maks. afstand\r\n"
            'Kåre,Lægaard,kaare@mail.dk,8700,"Sygedagpenge","Kundeservice\nKassearbejde",'
            "01-12-2026,25 km\r\n"
            "Signe,Ærenlund,signe@mail,8000,UH - uddannelsesparat,,31-02-2026,\r\n")
    path = tmp_path / "utf8.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = CandidateImportService(services.ctx).run(path, target_group_date=DAY)
    report = result.to_dict()
    assert report["rows"] == 2 and report["imported"] == 1
    assert [(e["row"], e["field"]) for e in report["rejected"]] == [(3, "email"), (3, "available_from")]
    kaare = _by_name(services, "Kåre Lægaard")
    assert kaare.skills == ("Kassearbejde", "Kundeservice") and kaare.target_group_code == "SDP"
    assert kaare.available_from == date(2026, 12, 1) and kaare.max_commute_km == 25


def test_xlsx_with_title_rows_numbers_and_dates(services, tmp_path) -> None:  # noqa: ANN001
    wb = Workbook()
    ws = wb.active
    ws.append(["Borgere til virksomhedspraktik"])
    ws.append([])
    ws.append(["Navn", "Telefon", "Postnr", "Målgruppe", "Parathed", "Kørekort", "Ledig fra",
               "Ønskede timer"])
    ws.append(["Ømer Yilmaz", 30405060, 7100, "KH_JP", "Jobparat", "B+E", date(2026, 12, 1), 37])
    ws.append(["Agnieszka Nowak", 40506070, 6000, "Integrationsydelse", "", "B", None, "30 t"])
    ws.append(["Bo Brandt", 50607080, 1000, "Kontanthjælp", "", "", None, 99])
    path = tmp_path / "borgere.xlsx"
    wb.save(path)
    result = CandidateImportService(services.ctx).run(path, target_group_date=DAY)
    assert result.to_dict() == {
        "rows": 3, "imported": 2, "updated": 0,
        "rejected": [  # a row's reasons in the order of its columns
            {"row": 6, "field": "target_group",
             "reason": "Målgruppen «Kontanthjælp» er tvetydig: angiv også parathed "
                       "(mulige: KH_AP, KH_JP)."},
            {"row": 6, "field": "hours_wanted",
             "reason": "Ønskede timer skal være et tal fra 1 til 60 (fik «99»)."},
        ],
        "duplicate_groups": [],
    }
    omer = _by_name(services, "Ømer Yilmaz")
    assert (omer.phone, omer.postcode, omer.driving_licences) == ("+45 30 40 50 60", "7100", ("BE",))
    assert omer.available_from == date(2026, 12, 1) and omer.hours_wanted == 37
    assert _by_name(services, "Agnieszka Nowak").target_group_code == "INT"


def test_cancel_rolls_back_everything(services, tmp_path) -> None:  # noqa: ANN001
    rows = ["Navn;Telefon;Postnr"] + [f"Borger {i};{26100000 + i};7000" for i in range(1200)]
    path = write_cp1252(tmp_path, rows)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3  # after reading the file, during the writes

    with pytest.raises(ImportCancelled):
        CandidateImportService(services.ctx).run(path, cancelled=cancelled)
    assert calls["n"] == 4
    assert _count(services) == 0
    with services.ctx.uow() as uow:
        assert not uow.session.scalar(select(func.count()).select_from(AccessLog).where(
            AccessLog.entity == "candidate_import"))


def test_cli_import_with_report_dry_run_and_strict(store_url, tmp_path, capsys) -> None:  # noqa: ANN001
    path = write_cp1252(tmp_path, MESSY_ROWS)
    report_file = tmp_path / "rapport.json"
    args = ["--db", store_url, "import", "candidates", str(path), "--date", "25-11-2026"]
    assert main([*args, "--dry-run", "--report", str(report_file)]) == 0
    dry = json.loads(report_file.read_text(encoding="utf-8"))
    assert dry["imported"] == 3 and dry["rejected"] == MESSY_REJECTED
    assert "Intet er gemt" in capsys.readouterr().err
    assert main([*args, "--strict"]) == 1
    assert "Intet importeret" in capsys.readouterr().err
    assert main([*args, "--report", str(report_file)]) == 0
    err = capsys.readouterr().err
    assert "3 oprettet" in err and "«Flyverdragt»" in err and "Traceback" not in err
    assert json.loads(report_file.read_text(encoding="utf-8"))["imported"] == 3
    assert main(["--db", store_url, "import", "candidates", str(tmp_path / "findes-ikke.csv")]) == 1
    assert "findes ikke" in capsys.readouterr().err
